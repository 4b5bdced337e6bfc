/** The app-metadata statements of lib/store/app-meta.ts on a raw better-sqlite3 connection (synchronous, usable inside its transactions). */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { toSqliteDate } from "@/lib/db/sqlite";
import { BUMP_COUNTER_SQL, META_KEYS, SELECT_META_SQL, UPSERT_META_SQL } from "../app-meta";

const readStatements = new WeakMap<Database.Database, Database.Statement>();

/** Read on every search query, so the statement is prepared once per connection. */
export function readMetaSqlite(db: Database.Database, key: string): string | null {
  let statement = readStatements.get(db);
  if (!statement) {
    statement = db.prepare(SELECT_META_SQL);
    readStatements.set(db, statement);
  }
  const row = statement.get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMetaSqlite(db: Database.Database, key: string, value: string): void {
  db.prepare(UPSERT_META_SQL).run(key, value, toSqliteDate());
}

export function bumpDataVersionSqlite(db: Database.Database): void {
  db.prepare(BUMP_COUNTER_SQL).run(META_KEYS.dataVersion, toSqliteDate());
}

export function bumpIndexVersionSqlite(db: Database.Database): void {
  writeMetaSqlite(db, META_KEYS.indexVersion, crypto.randomUUID());
}

/** After a write to the search index that changed what suggestions show (lib/search/suggesters.ts). */
export function bumpSuggestVersionSqlite(db: Database.Database): void {
  writeMetaSqlite(db, META_KEYS.suggestVersion, crypto.randomUUID());
}

/** "" before the first build. */
export function readIndexVersionSqlite(db: Database.Database): string {
  return readMetaSqlite(db, META_KEYS.indexVersion) ?? "";
}
