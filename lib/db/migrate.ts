/**
 * Applies prisma/migrations/* in order with better-sqlite3, one transaction each, and records them
 * in `_prisma_migrations` exactly as Prisma's own engine does, so a machine with the real CLI sees
 * them as applied. Needed because Prisma's native schema engine cannot be installed here
 * (docs/decisions/0002-migrations-without-engine.md).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: number };

const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function readMigrations(dir: string): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

export function applyMigrations(db: Database.Database, migrations: Migration[]): MigrateResult {
  db.exec(MIGRATIONS_TABLE_SQL);
  const rows = db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as {
    migration_name: string;
    checksum: string;
  }[];
  const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const applied: string[] = [];

  for (const migration of migrations) {
    const known = done.get(migration.name);
    if (known !== undefined) {
      if (known !== migration.checksum) {
        // Prisma only warns here too: an edited, already-applied migration is a developer mistake.
        console.warn(`Migration ${migration.name} was modified after it was applied.`);
      }
      continue;
    }
    const startedAt = Date.now();
    const id = crypto.randomUUID();
    const run = db.transaction(() => {
      db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)`).run(
        id,
        migration.checksum,
        migration.name,
        startedAt,
      );
      db.exec(migration.sql);
      // With the keys off nothing checks them on the way: a migration that leaves a row pointing
      // nowhere is refused (and rolled back) here, as SQLite would have refused its statements.
      const dangling = db.pragma("foreign_key_check") as { table: string; parent: string }[];
      if (dangling.length > 0) throw new Error(`${dangling.length} rows would point nowhere (first: ${dangling[0]!.table} → ${dangling[0]!.parent})`);
      db.prepare(`UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = 1 WHERE id = ?`).run(Date.now(), id);
    });
    // Prisma's SQLite migrations rebuild a table (CREATE new_X, copy, DROP X, RENAME) after
    // `PRAGMA foreign_keys=OFF`, which is a no-op inside a transaction. With the keys on, the DROP's
    // implicit DELETE fires every ON DELETE CASCADE that points at the table: rebuilding Occupation
    // emptied Profile, GroupTask and AltTitle of a live database. So the keys are off around the
    // transaction, as Prisma's own engine has them, and back on after it whatever happens.
    const keysWereOn = db.pragma("foreign_keys", { simple: true }) === 1;
    if (keysWereOn) db.pragma("foreign_keys = OFF");
    try {
      run();
    } catch (error) {
      throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
    } finally {
      if (keysWereOn) db.pragma("foreign_keys = ON");
    }
    applied.push(migration.name);
  }
  return { applied, alreadyApplied: done.size };
}
