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
  if (!options.readonly) db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}
