import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "@/lib/files/read-files";
import { storeOf } from "@/lib/store";
import { importFile, importPaths, lazySuggester } from "@/lib/store/import";
import { RUSSIAN_JOB_INSTRUCTION } from "@/tests/support/fixtures";
import { expectKrobiaSuggestions } from "@/tests/support/krobia-suggestions";
import { ROOT, TMP_DIR, createReferenceDb } from "../setup/test-db";

const SEEDS = path.join(ROOT, "seeds/documents");
const seed = (prefix: string) => {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, bytes: fs.readFileSync(path.join(SEEDS, name)) };
};

let db: Database.Database;
beforeAll(() => {
  db = createReferenceDb(path.join(TMP_DIR, "import.db")).db;
});
afterAll(() => db.close());

const count = (table: string, where = "1") => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`).get() as { n: number }).n;

describe("importing the four seed documents", () => {
  it("imports every seed and files each item in its field", async () => {
    const { outcomes, summary } = await importPaths(db, collectFiles([SEEDS]));
    expect(outcomes.map((o) => [o.file.slice(0, 3), o.status, o.error])).toEqual([
      ["000", "imported", null],
      ["001", "imported", null],
      ["002", "imported", null],
      ["003", "imported", null],
    ]);
    expect(summary.failed).toBe(0);

    const profile = db.prepare(`SELECT id, title FROM Profile WHERE occupationCode = '351402'`).get() as { id: number; title: string };
    expect(profile.title).toBe("Administrator systemów poczty elektronicznej");
    expect(count("ProfileTask", `profileId = ${profile.id}`)).toBe(5);
    const z4 = db.prepare(`SELECT id FROM ProfileTask WHERE profileId = ? AND code = 'Z4'`).get(profile.id) as { id: number };
    expect(count("TaskItem", `taskId = ${z4.id} AND kind = 'knowledge'`)).toBe(6);
    expect(count("TaskItem", `taskId = ${z4.id} AND kind = 'skill'`)).toBe(5);
    expect(count("SocialCompetence", `profileId = ${profile.id}`)).toBe(6);
    // The nine key competences are known by name only: every level is unknown (NULL), never 0.
    expect(count("KeyCompetence", `profileId = ${profile.id}`)).toBe(9);
    expect(count("KeyCompetence", `profileId = ${profile.id} AND level IS NOT NULL`)).toBe(0);

    const media = db.prepare(`SELECT id FROM Profile WHERE occupationCode = '243108'`).get() as { id: number };
    const kz = db
      .prepare(
        `SELECT c.code, group_concat(t.code, ',') AS tasks FROM ProfileCompetence c JOIN CompetenceTask ct ON ct.competenceId = c.id
           JOIN ProfileTask t ON t.id = ct.taskId WHERE c.profileId = ? GROUP BY c.id ORDER BY c.position`,
      )
      .all(media.id) as { code: string; tasks: string }[];
    expect(kz.map((k) => [k.code, k.tasks.split(",").sort().join(",")])).toEqual([
      ["Kz1", "Z1,Z2,Z3,Z4,Z5"],
      ["Kz2", "Z6,Z7"],
    ]);

    const kazakh = db.prepare(`SELECT id, language, kind, occupationCode FROM Position WHERE language = 'kk'`).get() as {
      id: number;
      language: string;
      kind: string;
      occupationCode: string | null;
    };
    expect(kazakh.kind).toBe("qualification-requirements");
    expect(kazakh.occupationCode).toBeNull();
    expect(count("PositionDuty", `positionId = ${kazakh.id}`)).toBe(19);
    const duty = db.prepare(`SELECT text FROM PositionDuty WHERE positionId = ? AND "order" = 19`).get(kazakh.id) as { text: string };
    expect(duty.text).toContain("Департаменттің қызметіне қатысты есептік құжаттаманы жүргізу");
  });

  it("suggests IT management codes for the Kazakh IT-manager requirements through the lexicon (issue 12 item 6)", () => {
    const kazakh = db.prepare(`SELECT id FROM Position WHERE language = 'kk'`).get() as { id: number };
    const codes = (
      db.prepare(`SELECT occupationCode FROM CodeSuggestion WHERE positionId = ? ORDER BY rank`).all(kazakh.id) as { occupationCode: string }[]
    ).map((s) => s.occupationCode);
    expect(codes).toHaveLength(3);
    expect(codes.filter((c) => c.startsWith("1330")).length, codes.join(" ")).toBeGreaterThan(0);
  });

  it("suggests IT codes for the Krobia job description, as suggestions only", () => {
    const krobia = db.prepare(`SELECT id, occupationCode FROM Position WHERE kind = 'job-description'`).get() as { id: number; occupationCode: string | null };
    expect(krobia.occupationCode).toBeNull();
    const suggestions = db.prepare(`SELECT occupationCode, score FROM CodeSuggestion WHERE positionId = ? ORDER BY rank`).all(krobia.id) as {
      occupationCode: string;
      score: number;
    }[];
    expectKrobiaSuggestions(suggestions.map((s) => s.occupationCode));
    expect(suggestions.every((s) => s.score > 0 && s.score <= 1)).toBe(true);
  });

  it("reports the same content again as unchanged and writes nothing", async () => {
    const before = count("SourceDocument") + count("DocumentRevision") + count("TaskItem");
    const outcome = await importFile(db, seed("000"));
    expect(outcome.status).toBe("unchanged");
    expect(count("SourceDocument") + count("DocumentRevision") + count("TaskItem")).toBe(before);
  });

  it("keeps the old version as a revision when a known document changes", async () => {
    const original = seed("000");
    const changed = Buffer.from(original.bytes.toString("utf8").replace("Z5 Obsługiwanie zgłoszeń", "Z5 Obsługiwanie wszystkich zgłoszeń"));
    const outcome = await importFile(db, { name: original.name, bytes: changed });
    expect(outcome.status).toBe("updated");
    expect(count("DocumentRevision")).toBe(1);
    expect(count("SourceDocument", `kind = 'occupation-profile'`)).toBe(2);
  });

  it("refuses bad input with a clear error naming the file, and imports the good files beside it", async () => {
    const dir = path.join(TMP_DIR, "bad-input");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "a-empty.txt"), "");
    fs.writeFileSync(path.join(dir, "b-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 9, 0]));
    fs.writeFileSync(path.join(dir, "c-recipe.txt"), "Przepis na sernik: twaróg, jajka, cukier. Piec godzinę.");
    fs.copyFileSync(path.join(SEEDS, seed("002").name), path.join(dir, "d-good.txt"));
    const before = count("SourceDocument");
    const { outcomes, summary } = await importPaths(db, [...collectFiles([dir]), path.join(dir, "missing.txt")]);
    expect(outcomes.map((o) => [o.file, o.status, o.error?.code ?? null])).toEqual([
      ["a-empty.txt", "failed", "empty"],
      ["b-binary.txt", "failed", "binary"],
      ["c-recipe.txt", "failed", "unknown-kind"],
      ["d-good.txt", "unchanged", null],
      ["missing.txt", "failed", "unreadable"],
    ]);
    expect(outcomes[0]?.error?.message).toContain("a-empty.txt");
    expect(summary.failed).toBe(4);
    expect(count("SourceDocument")).toBe(before);
  });

  it("files a Russian job instruction in its fields, from UTF-8 and Windows-1251 bytes alike", async () => {
    // The suggester the CLI and the upload use (importFile alone suggests nothing).
    const utf8 = await importFile(db, { name: "instrukcija.txt", bytes: Buffer.from(RUSSIAN_JOB_INSTRUCTION) }, { suggester: lazySuggester(storeOf(db)) });
    expect([utf8.status, utf8.error]).toEqual(["imported", null]);
    // The same text in the legacy code page is the same document.
    const cp1251 = await importFile(db, { name: "instrukcija.txt", bytes: iconv.encode(RUSSIAN_JOB_INSTRUCTION, "windows-1251") });
    expect([cp1251.status, cp1251.documentId]).toEqual(["unchanged", utf8.documentId]);
    const position = db.prepare(`SELECT id, kind, language, summary FROM Position WHERE documentId = ?`).get(utf8.documentId) as Record<string, unknown>;
    expect(position).toMatchObject({ kind: "qualification-requirements", language: "ru", summary: "Главный специалист отдела информационных технологий" });
    const rows = (table: string, columns: string) => db.prepare(`SELECT ${columns} FROM ${table} WHERE positionId = ? ORDER BY "order"`).all(position.id);
    expect((rows("PositionSection", "heading, items") as { heading: string; items: string }[]).map((s) => [s.heading, JSON.parse(s.items).length])).toEqual([
      ["Общие положения", 2],
      ["Права", 2],
      ["Ответственность", 0],
    ]);
    expect(rows("PositionDuty", "text")).toHaveLength(3);
    expect(rows("PositionRequirement", "label, value")).toEqual(utf8.document?.requirements);
    // Suggested codes through the lexicon's Russian terms (issue 12 item 4): "информационных технологий",
    // "серверов", "сетевого оборудования", "информационной безопасности" name IT occupations only.
    const suggested = (
      db.prepare(`SELECT occupationCode FROM CodeSuggestion WHERE positionId = ? ORDER BY rank`).all(position.id) as { occupationCode: string }[]
    ).map((r) => r.occupationCode);
    expect(suggested.length, "no code suggested").toBeGreaterThan(0);
    expect(
      suggested.filter((c) => !/^(?:1330|25|35)/.test(c)),
      suggested.join(" "),
    ).toEqual([]);
  });

  it("dry run writes nothing", async () => {
    const fresh = createReferenceDb(path.join(TMP_DIR, "import-dry.db")).db;
    const { outcomes } = await importPaths(fresh, collectFiles([SEEDS]), { dryRun: true });
    expect(outcomes.every((o) => o.status === "parsed")).toBe(true);
    expect((fresh.prepare(`SELECT COUNT(*) AS n FROM SourceDocument`).get() as { n: number }).n).toBe(0);
    fresh.close();
  });

  it("rolls the whole document back when a write fails half-way", async () => {
    const fresh = createReferenceDb(path.join(TMP_DIR, "import-atomic.db")).db;
    // A trigger that fails on the 3rd task item simulates a crash in the middle of a document.
    fresh.exec(`CREATE TRIGGER boom BEFORE INSERT ON TaskItem WHEN (SELECT COUNT(*) FROM TaskItem) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const outcome = await importFile(fresh, seed("000"));
    expect(outcome.status).toBe("failed");
    for (const table of ["SourceDocument", "Profile", "ProfileTask", "TaskItem"]) {
      expect((fresh.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n).toBe(0);
    }
    fresh.close();
  });
});
