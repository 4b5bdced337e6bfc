import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * A raw better-sqlite3 connection for the jobs that Prisma does badly or cannot do: applying
 * migrations, bulk-loading the reference data, FTS5 queries. The app's reads and writes of domain
 * data go through lib/data (Prisma).
 */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): Database.Database {
  if (!options.readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  // WAL lets readers go on while an import writes; busy_timeout makes a second writer wait, not fail.
  if (!options.readonly) {
    db.pragma("journal_mode = WAL");
    // In WAL mode NORMAL is still safe against an application crash (a commit is atomic and never
    // torn); only a power cut may lose the last commits. It saves an fsync per transaction.
    db.pragma("synchronous = NORMAL");
  }
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}

/**
 * A DateTime value as Prisma's better-sqlite3 adapter writes it (ISO 8601 with "+00:00"), so rows
 * written with raw SQL read back through Prisma like its own.
 */
export function toSqliteDate(date: Date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
}
