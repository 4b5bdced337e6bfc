import fs from "node:fs";
import path from "node:path";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openSqlite } from "@/lib/db/sqlite";
import { loadLexicon } from "@/lib/seed/load-lexicon";
import { loadReferenceData } from "@/lib/seed/load-reference";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TMP_DIR = path.join(ROOT, "tests/.tmp");
/** The shared, read-only test database: migrated and loaded with the real reference data. */
export const SHARED_TEST_DB = path.join(TMP_DIR, "vitest-shared.db");

/** A new migrated database file with the reference data and the lexicon loaded. */
export function createReferenceDb(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const db = openSqlite(file);
  applyMigrations(db, readMigrations(path.join(ROOT, "prisma/migrations")));
  const result = loadReferenceData(db, path.join(ROOT, "seeds/data"));
  loadLexicon(db, path.join(ROOT, "seeds/lexicon"));
  return { db, result };
}
