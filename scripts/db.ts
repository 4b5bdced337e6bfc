/** Shared by the command-line scripts: the database file from DATABASE_URL, migrated and loaded. */
import path from "node:path";
import { sqlitePathFromUrl } from "../lib/env";
import { applyMigrations, readMigrations } from "../lib/db/migrate";
import { openSqlite } from "../lib/db/sqlite";
import { isSearchIndexEmpty, rebuildSearchIndex } from "../lib/search/index-builder";
import { loadReferenceData } from "../lib/seed/load-reference";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function databaseFile(): string {
  return sqlitePathFromUrl(process.env.DATABASE_URL ?? "file:./data/atlas.db");
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
