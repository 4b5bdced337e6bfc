/**
 * Issue 7: an online backup taken while the import CLI writes is a consistent snapshot (every
 * document whole or absent, integrity ok), a restore refuses a database that a process has open,
 * and a restored copy exports exactly the same catalogue (JSON Lines, lib/data/export) as the backup.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { RestoreRefused, backupDatabase, integrityCheck, isDatabaseInUse, restoreDatabase } from "@/lib/db/backup";
import { rebuildSearchIndex } from "@/lib/search/index-builder";
import { writeGeneratedDocuments, tsxCommand } from "../setup/generated-documents";
import { ROOT, createReferenceDb } from "../setup/test-db";

const DOCUMENTS = 300;
const BACKUP_AFTER = 20;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-backup-"));
const source = path.join(dir, "source.db");
const backup = path.join(dir, "backups", "snapshot.db");
const restored = path.join(dir, "restored.db");
const docsDir = path.join(dir, "docs");

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

/** The catalogue export of one database file: lib/db is re-created for it (it reads DATABASE_URL once). */
async function exportLines(file: string): Promise<string[]> {
  const holder = globalThis as { atlasDatabase?: { db: { $disconnect(): Promise<void> }; store: { close(): Promise<void> } } };
  const reset = async () => {
    await holder.atlasDatabase?.db.$disconnect();
    await holder.atlasDatabase?.store.close();
    delete holder.atlasDatabase;
    vi.resetModules();
  };
  await reset();
  process.env.DATABASE_URL = `file:${file}`;
  const { catalogueLines } = await import("@/lib/data/export");
  const lines: string[] = [];
  for await (const chunk of catalogueLines()) lines.push(...chunk.split("\n").filter(Boolean));
  await reset();
  return lines;
}

beforeAll(() => {
  const { db } = createReferenceDb(source);
  rebuildSearchIndex(db);
  writeGeneratedDocuments(db, docsDir, DOCUMENTS);
  db.close();
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("online backup and restore", () => {
  it("backs up a consistent snapshot while the importer writes, and the restored copy exports the same catalogue", async () => {
    const [command, argv] = tsxCommand("scripts/import.ts", [docsDir]);
    const writer: ChildProcess = spawn(command, argv, { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${source}` }, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve, reject) => {
      writer.once("error", reject);
      writer.once("exit", (code) => resolve(code));
    });

    const watcher = new Database(source, { readonly: true });
    while (count(watcher, `SELECT COUNT(*) AS n FROM SourceDocument`) < BACKUP_AFTER) {
      if (writer.exitCode !== null) throw new Error("the importer ended before the backup could start");
      await new Promise((r) => setTimeout(r, 10));
    }
    watcher.close();
    await backupDatabase(source, backup);
    // The point of the test: the backup ran while the writer was still writing, and a restore over
    // the file it holds open is refused.
    expect(writer.exitCode).toBeNull();
    expect(isDatabaseInUse(source)).toBe(true);
    await expect(restoreDatabase(backup, source)).rejects.toBeInstanceOf(RestoreRefused);
    expect(await exited).toBe(0);
    expect(isDatabaseInUse(source)).toBe(false);

    expect(integrityCheck(backup)).toEqual(["ok"]);
    // One self-contained file: no WAL beside it.
    expect(fs.existsSync(`${backup}-wal`)).toBe(false);
    const snapshot = new Database(backup, { readonly: true });
    const documents = count(snapshot, `SELECT COUNT(*) AS n FROM SourceDocument`);
    expect(documents).toBeGreaterThanOrEqual(BACKUP_AFTER);
    expect(documents).toBeLessThan(DOCUMENTS);
    // Whole documents only: every position document has its position, every profile document its
    // profile, and nothing exists without its document.
    expect(count(snapshot, `SELECT COUNT(*) AS n FROM Position`) + count(snapshot, `SELECT COUNT(*) AS n FROM Profile`)).toBe(documents);
    expect(
      count(
        snapshot,
        `SELECT COUNT(*) AS n FROM SourceDocument d WHERE d.kind <> 'occupation-profile' AND NOT EXISTS (SELECT 1 FROM Position p WHERE p.documentId = d.id)`,
      ),
    ).toBe(0);
    expect(count(snapshot, `SELECT COUNT(*) AS n FROM search_entry WHERE position_id IS NOT NULL`)).toBe(count(snapshot, `SELECT COUNT(*) AS n FROM Position`));
    snapshot.close();

    await restoreDatabase(backup, restored);
    expect(integrityCheck(restored)).toEqual(["ok"]);

    const [fromBackup, fromRestored, fromSource] = [await exportLines(backup), await exportLines(restored), await exportLines(source)];
    expect(fromRestored).toEqual(fromBackup);
    expect(fromBackup.length).toBeGreaterThan(3000);
    // Each entry of the snapshot is exactly as the finished import left it: nothing half-written.
    // The only difference allowed is an occupation whose profile was imported after the backup.
    const finished = new Map(fromSource.slice(1).map((line) => [entryKey(line), line]));
    for (const line of fromBackup.slice(1)) {
      const later = finished.get(entryKey(line));
      expect(later).toBeDefined();
      if (later !== line)
        expect({ before: JSON.parse(line).profile, after: JSON.parse(later ?? "{}").profile === null }).toEqual({ before: null, after: false });
    }
    expect(fromSource.length).toBeGreaterThan(fromBackup.length);
  }, 90_000);
});

/** An export line's entry: an occupation by its code, a position by its id. */
function entryKey(line: string): string {
  const entry = JSON.parse(line) as { type: string; code?: string; id?: number };
  return entry.type === "position" ? `position:${entry.id}` : `${entry.type}:${entry.code}`;
}
