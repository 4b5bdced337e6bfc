/**
 * A value in AppMeta that changes on every write to the search index. Readers cache the entry
 * list per connection and re-read it when the value moves, so an import made by another process
 * (the CLI, a second server) is seen at the next query.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";

const INDEX_VERSION_KEY = "search-index-version";

export function bumpIndexVersion(db: Database.Database): void {
  db.prepare(
    `INSERT INTO AppMeta (key, value, updatedAt) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updatedAt = excluded.updatedAt`,
  ).run(INDEX_VERSION_KEY, crypto.randomUUID(), Date.now());
}

const readStatements = new WeakMap<Database.Database, Database.Statement>();

/** "" before the first build. Read on every query, so the statement is prepared once per connection. */
export function readIndexVersion(db: Database.Database): string {
  let statement = readStatements.get(db);
  if (!statement) {
    statement = db.prepare(`SELECT value FROM AppMeta WHERE key = ?`);
    readStatements.set(db, statement);
  }
  const row = statement.get(INDEX_VERSION_KEY) as { value: string } | undefined;
  return row?.value ?? "";
}
