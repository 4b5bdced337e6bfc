/** Shared by the command-line scripts: the database file from DATABASE_URL, migrated. */
import path from "node:path";
import { sqlitePathFromUrl } from "../lib/env";
import { applyMigrations, readMigrations } from "../lib/db/migrate";
import { openSqlite } from "../lib/db/sqlite";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function databaseFile(): string {
  return sqlitePathFromUrl(process.env.DATABASE_URL ?? "file:./data/atlas.db");
}

export function openMigrated(file = databaseFile()) {
  const db = openSqlite(file);
  const result = applyMigrations(db, readMigrations(path.join(ROOT, "prisma/migrations")));
  return { db, ...result };
}
