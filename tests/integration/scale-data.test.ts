/**
 * The ×factor catalogue of npm run db:scale (lib/seed/scale-data.ts), at factor 2 to stay quick:
 * real entries untouched, synthetic codes new and in the KZiS structure, profiles well-formed,
 * and the same seed giving the same data.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectFiles } from "@/lib/files/read-files";
import { importPaths } from "@/lib/store/import";
import { PROFILES_PER_FACTOR, addScaleData } from "@/lib/seed/scale-data";
import { ROOT, SHARED_TEST_DB, createReferenceDb } from "../setup/test-db";

const FACTOR = 2;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-scale-"));
type Row = { code: string; level: string; name: string; parentCode: string | null; description: string | null; synthesis: string | null; isVocational: number };
const WIDTH: Record<string, number> = { major: 1, submajor: 2, minor: 3, unit: 4, occupation: 6 };
const PARENT: Record<string, string> = { submajor: "major", minor: "submajor", unit: "minor", occupation: "unit" };

/** Reference data and the seed documents, loaded once; each scaled database starts from a copy. */
const base = path.join(dir, "base.db");

function scaledDb(name: string, seed: number) {
  const file = path.join(dir, name);
  fs.copyFileSync(base, file);
  const db = new Database(file);
  const result = addScaleData(db, { factor: FACTOR, seed });
  return { db, result };
}

/** Content fingerprint of the generated tables (ids and text, not timestamps). */
function fingerprint(db: Database.Database): string {
  const hash = crypto.createHash("sha256");
  for (const sql of [
    `SELECT * FROM Occupation ORDER BY code`,
    `SELECT occupationCode, title, source, language FROM AltTitle ORDER BY 1, 2, 3, 4`,
    `SELECT p.occupationCode, t.code, t.title, i.kind, i.position, i.text FROM Profile p JOIN ProfileTask t ON t.profileId = p.id JOIN TaskItem i ON i.taskId = t.id ORDER BY 1, 2, 4, 5`,
    `SELECT p.occupationCode, k.name, k.level FROM Profile p JOIN KeyCompetence k ON k.profileId = p.id ORDER BY 1, 2`,
  ]) {
    for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest("hex");
}

let db: Database.Database;
let result: ReturnType<typeof addScaleData>;
let real: Map<string, Row>;

beforeAll(async () => {
  const { db: baseDb } = createReferenceDb(base);
  await importPaths(baseDb, collectFiles([path.join(ROOT, "seeds/documents")]));
  // A single file to copy: everything checkpointed out of the WAL, WAL mode off.
  baseDb.pragma("journal_mode = DELETE");
  baseDb.close();
  ({ db, result } = scaledDb("a.db", 7));
  const reference = new Database(SHARED_TEST_DB, { readonly: true });
  real = new Map(
    (reference.prepare(`SELECT code, level, name, parentCode, description, synthesis, isVocational FROM Occupation`).all() as Row[]).map((r) => [r.code, r]),
  );
  reference.close();
}, 60_000);

afterAll(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`db:scale at factor ${FACTOR}`, () => {
  it("adds factor − 1 times the real catalogue and leaves every real entry as it was", () => {
    const rows = db.prepare(`SELECT code, level, name, parentCode, description, synthesis, isVocational FROM Occupation`).all() as Row[];
    expect(rows).toHaveLength(real.size * FACTOR);
    expect(result.added).toBe(real.size * (FACTOR - 1));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (const [code, row] of real) expect(byCode.get(code)).toEqual(row);
  });

  it("gives synthetic entries codes that KZiS does not have, in its 1/2/3/4/6-digit tree", () => {
    const rows = db.prepare(`SELECT code, level, name, parentCode FROM Occupation`).all() as Row[];
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const synthetic = rows.filter((r) => !real.has(r.code));
    for (const r of synthetic) {
      expect(r.code).toMatch(new RegExp(`^\\d{${WIDTH[r.level]}}$`));
      const parent = byCode.get(r.parentCode ?? "");
      expect({ code: r.code, parentLevel: parent?.level, prefix: r.code.startsWith(r.parentCode ?? "-") }).toEqual({
        code: r.code,
        parentLevel: PARENT[r.level],
        prefix: true,
      });
    }
    // New branches at every level below the sub-major groups, not only new occupations.
    const levels = new Set(synthetic.map((r) => r.level));
    expect([...levels].sort()).toEqual(["minor", "occupation", "unit"]);
    // Varied names: almost all distinct, none copied verbatim from its real source.
    expect(new Set(synthetic.map((r) => r.name)).size).toBeGreaterThan(synthetic.length * 0.9);
    const realNames = new Set([...real.values()].map((r) => r.name));
    expect(synthetic.filter((r) => realNames.has(r.name))).toEqual([]);
  });

  it("describes 500 × factor synthetic occupations with well-formed profiles built from the real ones", () => {
    expect(result.profiles).toBe(PROFILES_PER_FACTOR * FACTOR);
    const profiles = db.prepare(`SELECT p.id, p.occupationCode AS code FROM Profile p`).all() as { id: number; code: string }[];
    expect(profiles.filter((p) => !real.has(p.code))).toHaveLength(PROFILES_PER_FACTOR * FACTOR);
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(one(`SELECT COUNT(*) AS n FROM Profile p WHERE NOT EXISTS (SELECT 1 FROM ProfileTask t WHERE t.profileId = p.id)`)).toBe(0);
    expect(one(`SELECT COUNT(*) AS n FROM ProfileTask t WHERE NOT EXISTS (SELECT 1 FROM TaskItem i WHERE i.taskId = t.id AND i.kind = 'knowledge')`)).toBe(0);
    // A competence only groups tasks of its own profile.
    expect(
      one(
        `SELECT COUNT(*) AS n FROM CompetenceTask ct JOIN ProfileCompetence c ON c.id = ct.competenceId JOIN ProfileTask t ON t.id = ct.taskId WHERE c.profileId <> t.profileId`,
      ),
    ).toBe(0);
    expect(one(`SELECT COUNT(*) AS n FROM KeyCompetence WHERE level IS NOT NULL AND level NOT BETWEEN 1 AND 5`)).toBe(0);
    // Every item text comes from a real profile's items.
    expect(
      one(
        `SELECT COUNT(*) AS n FROM TaskItem i WHERE NOT EXISTS (SELECT 1 FROM TaskItem r JOIN ProfileTask t ON t.id = r.taskId JOIN Profile p ON p.id = t.profileId JOIN ProfileSource s ON s.profileId = p.id WHERE r.text = i.text)`,
      ),
    ).toBe(0);
  });

  it("is deterministic: the same seed gives the same data, another seed other data", () => {
    const same = scaledDb("b.db", 7);
    const other = scaledDb("c.db", 8);
    expect(fingerprint(same.db)).toBe(fingerprint(db));
    expect(fingerprint(other.db)).not.toBe(fingerprint(db));
    same.db.close();
    other.db.close();
  }, 60_000);
});
