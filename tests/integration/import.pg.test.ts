/**
 * The document import on PostgreSQL (lib/store/pg/document-writer.ts): the same seed documents
 * and the same expectations as tests/integration/import.test.ts, plus atomicity, idempotence and
 * the search rows written in the document's own transaction.
 */
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgPool } from "@/lib/db/pg";
import { collectFiles } from "@/lib/files/read-files";
import { importFile, importPaths } from "@/lib/store/import";
import { rebuildSearchIndexPg } from "@/lib/search/pg/index-builder";
import { searchIndexPg } from "@/lib/search/pg/engine";
import { searchQuerySchema } from "@/lib/validation/search";
import { RUSSIAN_JOB_INSTRUCTION } from "@/tests/support/fixtures";
import { expectKrobiaSuggestions } from "@/tests/support/krobia-suggestions";
import { createTestDatabase, dropTestDatabase } from "../setup/pg-test-db";
import { ROOT, TMP_DIR } from "../setup/test-db";

const SEEDS = path.join(ROOT, "seeds/documents");
const seed = (prefix: string) => {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, bytes: fs.readFileSync(path.join(SEEDS, name)) };
};

let pool: pg.Pool;
let url: string;
beforeAll(async () => {
  url = await createTestDatabase("import");
  pool = createPgPool(url, { max: 4 });
  await rebuildSearchIndexPg(pool);
});
afterAll(async () => {
  await pool.end();
  await dropTestDatabase(url);
});

async function count(table: string, where = "true", params: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${table}" WHERE ${where}`, params);
  return rows[0]!.n;
}

describe("importing the four seed documents into PostgreSQL", () => {
  it("imports every seed and files each item in its field", async () => {
    const { outcomes, summary } = await importPaths(pool, collectFiles([SEEDS]));
    expect(outcomes.map((o) => [o.file.slice(0, 3), o.status, o.error])).toEqual([
      ["000", "imported", null],
      ["001", "imported", null],
      ["002", "imported", null],
      ["003", "imported", null],
    ]);
    expect(summary.failed).toBe(0);

    const profile = (await pool.query<{ id: number; title: string }>(`SELECT id, title FROM "Profile" WHERE "occupationCode" = '351402'`)).rows[0]!;
    expect(profile.title).toBe("Administrator systemów poczty elektronicznej");
    expect(await count("ProfileTask", `"profileId" = $1`, [profile.id])).toBe(5);
    const z4 = (await pool.query<{ id: number }>(`SELECT id FROM "ProfileTask" WHERE "profileId" = $1 AND code = 'Z4'`, [profile.id])).rows[0]!;
    expect(await count("TaskItem", `"taskId" = $1 AND kind = 'knowledge'`, [z4.id])).toBe(6);
    expect(await count("TaskItem", `"taskId" = $1 AND kind = 'skill'`, [z4.id])).toBe(5);
    expect(await count("SocialCompetence", `"profileId" = $1`, [profile.id])).toBe(6);
    expect(await count("KeyCompetence", `"profileId" = $1`, [profile.id])).toBe(9);
    expect(await count("KeyCompetence", `"profileId" = $1 AND level IS NOT NULL`, [profile.id])).toBe(0);

    const kz = await pool.query<{ code: string; tasks: string }>(
      `SELECT c.code, string_agg(t.code, ',' ORDER BY t.code) AS tasks FROM "ProfileCompetence" c JOIN "CompetenceTask" ct ON ct."competenceId" = c.id
         JOIN "ProfileTask" t ON t.id = ct."taskId" JOIN "Profile" p ON p.id = c."profileId" WHERE p."occupationCode" = '243108' GROUP BY c.id ORDER BY c.position`,
    );
    expect(kz.rows.map((k) => [k.code, k.tasks])).toEqual([
      ["Kz1", "Z1,Z2,Z3,Z4,Z5"],
      ["Kz2", "Z6,Z7"],
    ]);

    const kazakh = (
      await pool.query<{ id: number; kind: string; occupationCode: string | null }>(`SELECT id, kind, "occupationCode" FROM "Position" WHERE language = 'kk'`)
    ).rows[0]!;
    expect(kazakh.kind).toBe("qualification-requirements");
    expect(kazakh.occupationCode).toBeNull();
    expect(await count("PositionDuty", `"positionId" = $1`, [kazakh.id])).toBe(19);
    const duty = (await pool.query<{ text: string }>(`SELECT text FROM "PositionDuty" WHERE "positionId" = $1 AND "order" = 19`, [kazakh.id])).rows[0]!;
    expect(duty.text).toContain("Департаменттің қызметіне қатысты есептік құжаттаманы жүргізу");
  });

  it("suggests IT management codes for the Kazakh IT-manager requirements through the lexicon (issue 12 item 6)", async () => {
    const kazakh = (await pool.query<{ id: number }>(`SELECT id FROM "Position" WHERE language = 'kk'`)).rows[0]!;
    const { rows } = await pool.query<{ occupationCode: string }>(`SELECT "occupationCode" FROM "CodeSuggestion" WHERE "positionId" = $1 ORDER BY rank`, [
      kazakh.id,
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.filter((s) => s.occupationCode.startsWith("1330")).length).toBeGreaterThan(0);
  });

  it("suggests IT codes for the Krobia job description, as suggestions only", async () => {
    const krobia = (
      await pool.query<{ id: number; occupationCode: string | null }>(`SELECT id, "occupationCode" FROM "Position" WHERE kind = 'job-description'`)
    ).rows[0]!;
    expect(krobia.occupationCode).toBeNull();
    const { rows } = await pool.query<{ occupationCode: string; score: number }>(
      `SELECT "occupationCode", score FROM "CodeSuggestion" WHERE "positionId" = $1 ORDER BY rank`,
      [krobia.id],
    );
    expectKrobiaSuggestions(rows.map((s) => s.occupationCode));
  });

  it("writes the search rows in the document's transaction", async () => {
    const result = await searchIndexPg(pool, searchQuerySchema.parse({ q: "Департаменттің" }));
    expect(result.items.some((i) => i.language === "kk")).toBe(true);
  });

  it("reports the same content again as unchanged and writes nothing", async () => {
    const before = (await count("SourceDocument")) + (await count("DocumentRevision")) + (await count("TaskItem"));
    const outcome = await importFile(pool, seed("000"));
    expect(outcome.status).toBe("unchanged");
    expect((await count("SourceDocument")) + (await count("DocumentRevision")) + (await count("TaskItem"))).toBe(before);
  });

  it("keeps the old version as a revision when a known document changes", async () => {
    const original = seed("000");
    const changed = Buffer.from(original.bytes.toString("utf8").replace("Z5 Obsługiwanie zgłoszeń", "Z5 Obsługiwanie wszystkich zgłoszeń"));
    const outcome = await importFile(pool, { name: original.name, bytes: changed });
    expect(outcome.status).toBe("updated");
    expect(await count("DocumentRevision")).toBe(1);
    expect(await count("SourceDocument", `kind = 'occupation-profile'`)).toBe(2);
    const revision = (await pool.query<{ parsed: { code: string } }>(`SELECT parsed FROM "DocumentRevision"`)).rows[0]!;
    expect(revision.parsed.code).toBe("351402");
  });

  it("refuses bad input with a clear error naming the file, and imports the good files beside it", async () => {
    const dir = path.join(TMP_DIR, `bad-input-pg-${process.pid}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "a-empty.txt"), "");
    fs.writeFileSync(path.join(dir, "c-recipe.txt"), "Przepis na sernik: twaróg, jajka, cukier. Piec godzinę.");
    fs.copyFileSync(path.join(SEEDS, seed("002").name), path.join(dir, "d-good.txt"));
    const before = await count("SourceDocument");
    const { outcomes } = await importPaths(pool, collectFiles([dir]));
    expect(outcomes.map((o) => [o.file, o.status, o.error?.code ?? null])).toEqual([
      ["a-empty.txt", "failed", "empty"],
      ["c-recipe.txt", "failed", "unknown-kind"],
      ["d-good.txt", "unchanged", null],
    ]);
    expect(await count("SourceDocument")).toBe(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("files a Russian job instruction in its fields, from UTF-8 and Windows-1251 bytes alike", async () => {
    const utf8 = await importFile(pool, { name: "instrukcija.txt", bytes: Buffer.from(RUSSIAN_JOB_INSTRUCTION) });
    expect([utf8.status, utf8.error]).toEqual(["imported", null]);
    // The same text in the legacy code page is the same document.
    const cp1251 = await importFile(pool, { name: "instrukcija.txt", bytes: iconv.encode(RUSSIAN_JOB_INSTRUCTION, "windows-1251") });
    expect([cp1251.status, cp1251.documentId]).toEqual(["unchanged", utf8.documentId]);
    const position = (
      await pool.query<{ id: number; kind: string; language: string; summary: string }>(
        `SELECT id, kind, language, summary FROM "Position" WHERE "documentId" = $1`,
        [utf8.documentId],
      )
    ).rows[0]!;
    expect(position).toMatchObject({ kind: "qualification-requirements", language: "ru", summary: "Главный специалист отдела информационных технологий" });
    const rows = async (table: string, columns: string) =>
      (await pool.query(`SELECT ${columns} FROM "${table}" WHERE "positionId" = $1 ORDER BY "order"`, [position.id])).rows;
    expect(((await rows("PositionSection", "heading, items")) as { heading: string; items: string[] }[]).map((s) => [s.heading, s.items.length])).toEqual([
      ["Общие положения", 2],
      ["Права", 2],
      ["Ответственность", 0],
    ]);
    expect(await rows("PositionDuty", "text")).toHaveLength(3);
    expect(await rows("PositionRequirement", "label, value")).toEqual(utf8.document?.requirements);
  });

  it("rolls the whole document back when a write fails half-way", async () => {
    const freshUrl = await createTestDatabase("import_atomic");
    const fresh = createPgPool(freshUrl, { max: 2 });
    try {
      // A trigger that fails on the 3rd task item simulates a crash in the middle of a document.
      await fresh.query(`CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN
          IF (SELECT COUNT(*) FROM "TaskItem") >= 2 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await fresh.query(`CREATE TRIGGER boom BEFORE INSERT ON "TaskItem" FOR EACH ROW EXECUTE FUNCTION boom()`);
      const outcome = await importFile(fresh, seed("000"));
      expect(outcome.status).toBe("failed");
      expect(outcome.error?.message).toContain("disk full");
      for (const table of ["SourceDocument", "Profile", "ProfileTask", "TaskItem", "search_entry"]) {
        const { rows } = await fresh.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${table}"`);
        expect(rows[0]!.n, table).toBe(0);
      }
    } finally {
      await fresh.end();
      await dropTestDatabase(freshUrl);
    }
  });

  it("imports the seed batch into a fresh database (timing printed for the report)", async () => {
    const freshUrl = await createTestDatabase("import_rate");
    const fresh = createPgPool(freshUrl, { max: 2 });
    try {
      const files = collectFiles([SEEDS]);
      const started = performance.now();
      const { summary } = await importPaths(fresh, files);
      const seconds = (performance.now() - started) / 1000;
      console.info(`PostgreSQL import: ${files.length} documents in ${seconds.toFixed(2)} s`);
      expect(summary.imported).toBe(files.length);
    } finally {
      await fresh.end();
      await dropTestDatabase(freshUrl);
    }
  });
});
