import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "@/lib/seed/load-reference";
import { ROOT, TMP_DIR, createReferenceDb } from "../setup/test-db";

let db: Database.Database;
let firstCounts: Record<string, number>;

beforeAll(() => {
  const created = createReferenceDb(path.join(TMP_DIR, "reference-data.db"));
  db = created.db;
  firstCounts = created.result.counts;
});
afterAll(() => db.close());

const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;

describe("reference data loader", () => {
  it("loads the whole KZiS 2023 hierarchy: 10 / 43 / 134 / 445 / 2,911 entries per level", () => {
    const rows = db.prepare(`SELECT level, COUNT(*) AS n FROM Occupation GROUP BY level`).all() as { level: string; n: number }[];
    expect(Object.fromEntries(rows.map((r) => [r.level, r.n]))).toEqual({ major: 10, submajor: 43, minor: 134, unit: 445, occupation: 2911 });
  });

  it("keeps leading zeros in codes (armed forces, 011001)", () => {
    const row = one<{ code: string; parentCode: string; level: string }>(`SELECT code, parentCode, level FROM Occupation WHERE code = '011001'`);
    expect(row).toEqual({ code: "011001", parentCode: "0110", level: "occupation" });
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM Occupation WHERE code = '0'`).n).toBe(1);
  });

  it("has the name of 351402 exactly as in the source, with Polish letters", () => {
    expect(one<{ name: string }>(`SELECT name FROM Occupation WHERE code = '351402'`).name).toBe("Administrator systemów poczty elektronicznej");
  });

  it("strips the repeated name from the start of a description", () => {
    const d = one<{ description: string }>(`SELECT description FROM Occupation WHERE code = '351404'`).description;
    expect(d.startsWith("Projektuje i tworzy strony www")).toBe(true);
    // Spelled differently from the name ("zawodowy" vs "zawodowych"): still stripped, sentence kept.
    const oficer = one<{ description: string }>(`SELECT description FROM Occupation WHERE code = '011001'`).description;
    expect(oficer.startsWith("Oficer zawodowy sprawuje funkcję dowódczą")).toBe(true);
  });

  it("stores no description where the source has only the name or the placeholder", () => {
    expect(one<{ description: string | null }>(`SELECT description FROM Occupation WHERE code = '351402'`).description).toBeNull();
    expect(one<{ description: string | null }>(`SELECT description FROM Occupation WHERE code = '132412'`).description).toBeNull();
    const placeholders = one<{ n: number }>(`SELECT COUNT(*) AS n FROM Occupation WHERE description LIKE '%Opis w opracowaniu%'`).n;
    expect(placeholders).toBe(0);
  });

  it("splits a group's typical tasks into ordered items", () => {
    const tasks = db.prepare(`SELECT text FROM GroupTask WHERE occupationCode = '3514' ORDER BY position`).all() as { text: string }[];
    expect(tasks).toHaveLength(8);
    expect(tasks[5]?.text).toBe("modyfikowanie stron internetowych");
    expect(tasks.every((t) => !t.text.endsWith(";") && !t.text.includes("obejmują:"))).toBe(true);
  });

  it("links ESCO occupations with Polish and English labels and ISCO-08 English labels", () => {
    const esco = db
      .prepare(`SELECT e.labelPl, e.labelEn FROM EscoLink l JOIN EscoOccupation e ON e.code = l.escoCode WHERE l.occupationCode = '324002'`)
      .all() as { labelPl: string; labelEn: string }[];
    expect(esco.some((e) => e.labelPl === "technik weterynarii" && e.labelEn.length > 0)).toBe(true);
    expect(one<{ labelEn: string }>(`SELECT labelEn FROM IscoGroup WHERE code = '3514'`).labelEn).toBe("Web technicians");
  });

  it("attaches GUS job titles and ESCO skills as alternative titles and skills", () => {
    const gus = db.prepare(`SELECT title FROM AltTitle WHERE occupationCode = '011001' AND source = 'gus'`).all() as { title: string }[];
    expect(gus.map((g) => g.title)).toContain("Generał brygady");
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM OccupationEscoSkill WHERE occupationCode = '031001'`).n).toBeGreaterThan(10);
  });

  it("is idempotent: a second load with the same files changes nothing", () => {
    const again = loadReferenceData(db, path.join(ROOT, "seeds/data"));
    expect(again.skipped).toBe(true);
    const forced = loadReferenceData(db, path.join(ROOT, "seeds/data"), { force: true });
    expect(forced.counts).toEqual(firstCounts);
  });

  it("does not delete a described profile when the reference data is reloaded", () => {
    db.prepare(`INSERT INTO Profile (occupationCode, title, updatedAt) VALUES ('351402', 'Administrator systemów poczty elektronicznej', 0)`).run();
    loadReferenceData(db, path.join(ROOT, "seeds/data"), { force: true });
    expect(one<{ n: number }>(`SELECT COUNT(*) AS n FROM Profile WHERE occupationCode = '351402'`).n).toBe(1);
  });
});
