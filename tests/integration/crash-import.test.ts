/**
 * Issue 7: an import killed with SIGKILL in the middle leaves every document either fully imported
 * (its SourceDocument row, every task, item, duty… and its search entry) or absent, and the same
 * import run again completes the rest. The importer is the real CLI (scripts/import.ts) in a child
 * process; what each document should hold comes from a dry-run parse of the same files.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportedDocument } from "@/lib/import/prepare";
import { importPaths } from "@/lib/store/import";
import { rebuildSearchIndex } from "@/lib/search/index-builder";
import { writeGeneratedDocuments, tsxCommand } from "../setup/generated-documents";
import { ROOT, createReferenceDb } from "../setup/test-db";

const DOCUMENTS = 200;
/** Kill once this many documents are in: well inside the run, with most still to come. */
const KILL_AFTER = 40;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-crash-"));
const dbFile = path.join(dir, "crash.db");
const docsDir = path.join(dir, "docs");
/** What each file should leave in the database, by file name. */
const expected = new Map<string, Counts>();

type Counts = Record<string, number>;

function countsOf(doc: ImportedDocument): Counts {
  if (doc.kind === "occupation-profile") {
    return {
      tasks: doc.tasks.length,
      items: doc.tasks.reduce((n, t) => n + t.knowledge.length + t.skills.length, 0),
      competences: doc.competences.length,
      social: doc.socialCompetences.length,
      key: doc.keyCompetences.length,
      indexed: 1,
    };
  }
  return {
    duties: doc.duties.length,
    sections: doc.sections.length,
    requirements: doc.requirements.length,
    suggestions: doc.suggestedCodes.length,
    indexed: 1,
  };
}

const one = (db: Database.Database, sql: string, ...params: (string | number)[]) => (db.prepare(sql).get(...params) as { n: number }).n;

/** What the database holds for each imported file, read the same way for profiles and positions. */
function importedCounts(db: Database.Database): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const documents = db.prepare(`SELECT id, fileName, kind FROM SourceDocument`).all() as { id: number; fileName: string; kind: string }[];
  for (const d of documents) {
    if (d.kind === "occupation-profile") {
      const profile = db
        .prepare(`SELECT p.id, p.occupationCode AS code FROM Profile p JOIN ProfileSource s ON s.profileId = p.id WHERE s.documentId = ?`)
        .get(d.id) as { id: number; code: string } | undefined;
      if (!profile) {
        out.set(d.fileName, { profile: 0 });
        continue;
      }
      out.set(d.fileName, {
        tasks: one(db, `SELECT COUNT(*) AS n FROM ProfileTask WHERE profileId = ?`, profile.id),
        items: one(db, `SELECT COUNT(*) AS n FROM TaskItem i JOIN ProfileTask t ON t.id = i.taskId WHERE t.profileId = ?`, profile.id),
        competences: one(db, `SELECT COUNT(*) AS n FROM ProfileCompetence WHERE profileId = ?`, profile.id),
        social: one(db, `SELECT COUNT(*) AS n FROM SocialCompetence WHERE profileId = ?`, profile.id),
        key: one(db, `SELECT COUNT(*) AS n FROM KeyCompetence WHERE profileId = ?`, profile.id),
        indexed: one(db, `SELECT COUNT(*) AS n FROM search_entry WHERE code = ? AND has_profile = 1`, profile.code),
      });
    } else {
      const position = db.prepare(`SELECT id FROM Position WHERE documentId = ?`).get(d.id) as { id: number } | undefined;
      if (!position) {
        out.set(d.fileName, { position: 0 });
        continue;
      }
      out.set(d.fileName, {
        duties: one(db, `SELECT COUNT(*) AS n FROM PositionDuty WHERE positionId = ?`, position.id),
        sections: one(db, `SELECT COUNT(*) AS n FROM PositionSection WHERE positionId = ?`, position.id),
        requirements: one(db, `SELECT COUNT(*) AS n FROM PositionRequirement WHERE positionId = ?`, position.id),
        suggestions: one(db, `SELECT COUNT(*) AS n FROM CodeSuggestion WHERE positionId = ?`, position.id),
        indexed: one(db, `SELECT COUNT(*) AS n FROM search_entry WHERE position_id = ?`, position.id),
      });
    }
  }
  return out;
}

/** Every document present is complete, and nothing exists that belongs to no document. */
function expectAllOrNothing(db: Database.Database): Map<string, Counts> {
  const actual = importedCounts(db);
  for (const [file, counts] of actual) expect({ file, counts }).toEqual({ file, counts: expected.get(file) });
  const profiles = [...actual.keys()].filter((f) => "tasks" in (expected.get(f) ?? {})).length;
  expect(one(db, `SELECT COUNT(*) AS n FROM Profile`)).toBe(profiles);
  expect(one(db, `SELECT COUNT(*) AS n FROM Position`)).toBe(actual.size - profiles);
  expect(one(db, `SELECT COUNT(*) AS n FROM search_entry WHERE position_id IS NOT NULL`)).toBe(actual.size - profiles);
  return actual;
}

function runImport(args: string[], onSpawn?: (kill: () => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  const [command, argv] = tsxCommand("scripts/import.ts", args);
  const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${dbFile}` }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.resume();
  onSpawn?.(() => child.kill("SIGKILL"));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve({ code, signal, stdout }));
  });
}

beforeAll(async () => {
  // Migrated, reference data and search index in place, so the child starts importing at once.
  const { db } = createReferenceDb(dbFile);
  rebuildSearchIndex(db);
  const files = writeGeneratedDocuments(db, docsDir, DOCUMENTS);
  const { outcomes } = await importPaths(db, files, { dryRun: true });
  db.close();
  for (const o of outcomes) {
    if (!o.document) throw new Error(`${o.file} does not parse: ${o.error?.message}`);
    expected.set(o.file, countsOf(o.document));
  }
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("an import killed with SIGKILL", () => {
  it("leaves each document whole or absent, and a second run imports the rest", async () => {
    const watcher = new Database(dbFile, { readonly: true });
    const documents = () => one(watcher, `SELECT COUNT(*) AS n FROM SourceDocument`);
    const killed = await runImport([docsDir], (kill) => {
      const timer = setInterval(() => {
        if (documents() >= KILL_AFTER) {
          clearInterval(timer);
          kill();
        }
      }, 10);
    });
    watcher.close();
    // It really died mid-way: by the signal, with documents still to import.
    expect(killed.signal).toBe("SIGKILL");

    const db = new Database(dbFile);
    expect((db.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check).toBe("ok");
    const before = expectAllOrNothing(db);
    expect(before.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(before.size).toBeLessThan(DOCUMENTS);
    const checksums = new Map(
      (db.prepare(`SELECT fileName, checksum, importedAt FROM SourceDocument`).all() as { fileName: string; checksum: string; importedAt: string }[]).map(
        (r) => [r.fileName, r],
      ),
    );
    db.close();

    const again = await runImport(["--json", docsDir]);
    expect(again.code).toBe(0);
    const statuses = JSON.parse(again.stdout) as { file: string; status: string }[];
    expect(statuses).toHaveLength(DOCUMENTS);
    for (const s of statuses) expect({ file: s.file, status: s.status }).toEqual({ file: s.file, status: before.has(s.file) ? "unchanged" : "imported" });

    const after = new Database(dbFile, { readonly: true });
    expect(expectAllOrNothing(after).size).toBe(DOCUMENTS);
    // The documents that survived the crash were not rewritten by the second run.
    for (const r of after.prepare(`SELECT fileName, checksum, importedAt FROM SourceDocument`).all() as {
      fileName: string;
      checksum: string;
      importedAt: string;
    }[]) {
      const old = checksums.get(r.fileName);
      if (old) expect(r).toEqual(old);
    }
    after.close();
  }, 60_000);
});
