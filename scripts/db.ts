/**
 * Shared by the command-line scripts: the database DATABASE_URL names (a SQLite file by default,
 * or PostgreSQL for a postgresql:// URL), migrated and loaded.
 */
import path from "node:path";
import { dialectOf, sqlitePathFromUrl } from "../lib/env";
import { applyMigrations, readMigrations } from "../lib/db/migrate";
import { createPgPool, migratePg } from "../lib/db/pg";
import { openSqlite } from "../lib/db/sqlite";
import type { ImportDb } from "../lib/import/import-file";
import { isSearchIndexEmpty, rebuildSearchIndex, type RebuildResult } from "../lib/search/index-builder";
import { isSearchIndexEmptyPg, rebuildSearchIndexPg } from "../lib/search/pg/index-builder";
import { loadReferenceData, type LoadResult } from "../lib/seed/load-reference";
import { loadReferenceDataPg } from "../lib/seed/load-reference-pg";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./data/atlas.db";
}

export function isPostgres(): boolean {
  return dialectOf(databaseUrl()) === "postgresql";
}

export function databaseFile(): string {
  if (isPostgres()) throw new Error("DATABASE_URL is a PostgreSQL URL: this command works on a SQLite file only");
  return sqlitePathFromUrl(databaseUrl());
}

/** What the logs name: the SQLite file, or the PostgreSQL server and database (never the password). */
export function databaseLabel(): string {
  if (!isPostgres()) return databaseFile();
  const u = new URL(databaseUrl());
  return `postgresql://${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export function openMigrated(file = databaseFile()) {
  const db = openSqlite(file);
  const result = applyMigrations(db, readMigrations(path.join(ROOT, "prisma/migrations")));
  return { db, ...result };
}

/**
 * Migrated, with the reference data loaded (skipped in ~0.1 s when unchanged) and the search index
 * built: what every entry point needs before it serves or imports anything.
 */
export function openReady(file = databaseFile(), options: { forceReference?: boolean } = {}) {
  const { db, applied } = openMigrated(file);
  const reference = loadReferenceData(db, path.join(ROOT, "seeds/data"), { force: options.forceReference });
  const index = !reference.skipped || isSearchIndexEmpty(db) ? rebuildSearchIndex(db) : null;
  return { db, applied, reference, index };
}

export type ReadyDatabase = {
  /** A raw better-sqlite3 connection or the PostgreSQL pool: what the importer takes. */
  db: ImportDb;
  applied: string[];
  alreadyApplied: number;
  reference: LoadResult;
  index: RebuildResult | null;
  rebuildIndex(): Promise<RebuildResult>;
  close(): Promise<void>;
};

/** openReady for either database. `referenceAndIndex: false` stops after the migrations. */
export async function openReadyDatabase(options: { forceReference?: boolean; referenceAndIndex?: boolean } = {}): Promise<ReadyDatabase> {
  const loadAll = options.referenceAndIndex ?? true;
  if (!isPostgres()) {
    const { db, applied, alreadyApplied } = openMigrated();
    const reference = loadAll
      ? loadReferenceData(db, path.join(ROOT, "seeds/data"), { force: options.forceReference })
      : { skipped: true, checksum: "", counts: {} };
    const index = loadAll && (!reference.skipped || isSearchIndexEmpty(db)) ? rebuildSearchIndex(db) : null;
    return { db, applied, alreadyApplied, reference, index, rebuildIndex: async () => rebuildSearchIndex(db), close: async () => void db.close() };
  }
  const pool = createPgPool(databaseUrl(), { max: 4 });
  try {
    const { applied, alreadyApplied } = await migratePg(pool, ROOT);
    const reference = loadAll
      ? await loadReferenceDataPg(pool, path.join(ROOT, "seeds/data"), { force: options.forceReference })
      : { skipped: true, checksum: "", counts: {} };
    const index = loadAll && (!reference.skipped || (await isSearchIndexEmptyPg(pool))) ? await rebuildSearchIndexPg(pool) : null;
    return { db: pool, applied, alreadyApplied, reference, index, rebuildIndex: () => rebuildSearchIndexPg(pool), close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
