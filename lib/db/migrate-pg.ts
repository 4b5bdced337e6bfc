/**
 * The PostgreSQL twin of lib/db/migrate.ts: applies prisma/postgresql/migrations/* in order, one
 * transaction each (PostgreSQL's DDL is transactional, so a failed migration leaves nothing), and
 * records them in `_prisma_migrations` with Prisma's own PostgreSQL table definition, so a machine
 * with the real CLI sees them as applied (docs/decisions/0010-postgresql.md).
 */
import crypto from "node:crypto";
import type pg from "pg";
import type { MigrateResult, Migration } from "./migrate";

/** The table exactly as Prisma's schema engine creates it on PostgreSQL. */
const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Prisma's own advisory lock key for migrations: two app instances starting at once (or the CLI
 * and an instance) apply each migration once, the second waits and then finds it applied.
 */
const MIGRATION_LOCK_KEY = 72707369;

export async function applyMigrationsPg(client: pg.ClientBase, migrations: Migration[]): Promise<MigrateResult> {
  await inTransaction(client, async () => {
    await client.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK_KEY]);
    await client.query(MIGRATIONS_TABLE_SQL);
  });
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const migration of migrations) {
    const wasApplied = await inTransaction(client, async () => {
      await client.query(`SELECT pg_advisory_xact_lock($1)`, [MIGRATION_LOCK_KEY]);
      const { rows } = await client.query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [migration.name],
      );
      if (rows[0]) {
        // Prisma only warns here too: an edited, already-applied migration is a developer mistake.
        if (rows[0].checksum !== migration.checksum) console.warn(`Migration ${migration.name} was modified after it was applied.`);
        return true;
      }
      const id = crypto.randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`, [
        id,
        migration.checksum,
        migration.name,
      ]);
      try {
        // A simple query (no parameters) may hold many statements.
        await client.query(migration.sql);
      } catch (error) {
        throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
      }
      await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
      return false;
    });
    if (wasApplied) alreadyApplied++;
    else applied.push(migration.name);
  }
  return { applied, alreadyApplied };
}

async function inTransaction<T>(client: pg.ClientBase, fn: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await fn();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
