/**
 * Online backup and restore of the SQLite file (issue 7). Shared by scripts/db-backup.ts,
 * scripts/db-restore.ts and the integration test.
 *
 * The backup uses SQLite's backup API (better-sqlite3 `db.backup()`), never a file copy: copying
 * the file while the server writes can tear a page or miss the WAL, the backup API reads a
 * consistent snapshot through a connection of its own.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Pages per backup step: all of them. SQLite restarts a stepwise backup whenever another
 * connection writes to the source between two steps, so under a steady import a backup in small
 * steps might never finish. One step copies the whole file inside one read transaction: a
 * consistent snapshot, and in WAL mode the writers go on meanwhile.
 */
const ALL_PAGES = 0x7fffffff;

export type BackupResult = { file: string; bytes: number; pages: number; milliseconds: number };

/** `PRAGMA integrity_check` of a file: ["ok"] when it is sound, the problems otherwise. */
export function integrityCheck(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  } finally {
    db.close();
  }
}

/**
 * Copies `source` (which a server may have open and be writing) into `target` through the backup
 * API, turns the copy into a single self-contained file (rollback journal, no -wal beside it),
 * checks its integrity, and only then gives it its name, so a failed backup never leaves a file
 * that looks like a good one.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  const started = performance.now();
  if (!fs.existsSync(source)) throw new Error(`No database at ${source}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists already; name another file`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  removeDatabaseFiles(partial);

  // Read-write handle only because a read-only one cannot open a WAL file whose -shm is missing.
  const db = new Database(source, { fileMustExist: true });
  let pages: number;
  try {
    db.pragma("busy_timeout = 5000");
    const progress = await db.backup(partial, { progress: () => ALL_PAGES });
    pages = progress.totalPages;
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  } finally {
    db.close();
  }

  const copy = new Database(partial);
  try {
    // The copy inherits the source's WAL flag; a backup is one file to move around.
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
  const problems = integrityCheck(partial);
  if (problems.length !== 1 || problems[0] !== "ok") {
    removeDatabaseFiles(partial);
    throw new Error(`The backup failed its integrity check: ${problems.slice(0, 5).join("; ")}`);
  }
  fs.renameSync(partial, target);
  return { file: target, bytes: fs.statSync(target).size, pages, milliseconds: Math.round(performance.now() - started) };
}

/**
 * True when another connection has the (WAL-mode) database open, e.g. a running server. Leaving
 * WAL mode needs the only connection to the file; every open connection, even an idle one, holds
 * a shared lock that makes it fail at once with busy_timeout 0. When the file is free the probe
 * puts WAL mode back, so it changes nothing.
 * NOTE: a database in rollback-journal mode cannot be probed this way; ours are always WAL
 * (lib/db/sqlite.ts) and the app's Prisma connection is WAL too.
 */
export function isDatabaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 0");
    const mode = db.pragma("journal_mode", { simple: true });
    if (mode !== "wal") return false;
    db.pragma("journal_mode = DELETE");
    db.pragma("journal_mode = WAL");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    db.close();
  }
}

export type RestoreResult = { file: string; bytes: number; milliseconds: number };

/**
 * Restores a backup into `target`: checks the backup first, refuses a target that a server has
 * open unless `force` (the server would go on with caches of the old data), then writes it through
 * the backup API, so even a forced restore under an open connection is a proper SQLite write and
 * never a torn file.
 */
export async function restoreDatabase(backup: string, target: string, options: { force?: boolean } = {}): Promise<RestoreResult> {
  const started = performance.now();
  const problems = integrityCheck(backup);
  if (problems.length !== 1 || problems[0] !== "ok") throw new Error(`${backup} failed its integrity check, not restored: ${problems.slice(0, 5).join("; ")}`);
  if (!options.force && isDatabaseInUse(target)) {
    throw new RestoreRefused(`${target} is open in another process (a running server?). Stop it first, or pass --force to overwrite it anyway.`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const db = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  // Back to WAL like every database the app opens, so readers never wait for the importer.
  const restored = new Database(target);
  try {
    restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
  return { file: target, bytes: fs.statSync(target).size, milliseconds: Math.round(performance.now() - started) };
}

export class RestoreRefused extends Error {}

function removeDatabaseFiles(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
