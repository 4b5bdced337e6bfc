/**
 * PostgreSQL connections (docs/decisions/0010-postgresql.md). One pg.Pool per process serves both
 * Prisma (through @prisma/adapter-pg, which accepts the pool) and the raw SQL jobs that Prisma does
 * badly: the bulk reference load, the document import and the full-text search index.
 */
import path from "node:path";
import pg from "pg";
import { POOL_DEFAULTS } from "./pool-defaults";
import { readMigrations } from "./migrate";
import { applyMigrationsPg } from "./migrate-pg";

/** What raw SQL needs: a pool or one checked-out client (inside a transaction). */
export type PgQueryable = Pick<pg.ClientBase, "query">;

// NOTE: these parser settings are global to the pg module. Prisma's adapter brings its own parsers
// for dates and JSON, so they change nothing for Prisma; int8 is left alone for the same reason
// (raw SQL here casts COUNT(*) to int).
// Prisma keeps DateTime in `timestamp(3)` columns (no time zone) as UTC. Raw SQL must agree
// whatever the machine's or the server's time zone: JS Dates are sent as UTC, and each session's
// now() is UTC (the pool's `options` below).
pg.defaults.parseInputDatesAsUTC = true;
// …and read back as UTC too (node-postgres would read them as local time). Prisma's adapter uses
// parsers of its own.
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (value) => new Date(`${value.replace(" ", "T")}Z`));

export type PgPoolOptions = {
  /** At most this many connections (the app: DATABASE_POOL_MAX). */
  max?: number;
  /**
   * How long a query waits for a free connection (or for a new one to connect) before it fails;
   * the app answers that failure 503 (lib/errors.ts "unavailable"). Without a bound it waits forever.
   */
  connectionTimeoutMillis?: number;
};

export function createPgPool(url: string, options: PgPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? POOL_DEFAULTS.max,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? POOL_DEFAULTS.waitMs,
    idleTimeoutMillis: 30_000,
    options: "-c TimeZone=UTC",
  });
  // An idle client losing its connection (server restart) must not crash the process; the next
  // query gets a fresh connection.
  pool.on("error", (error) => console.warn("PostgreSQL pool: idle connection lost", error.message));
  return pool;
}

export function isPgPool(value: unknown): value is pg.Pool {
  return value instanceof pg.Pool;
}

/**
 * Runs `fn` in one transaction on one connection: everything or nothing. PostgreSQL's DDL and
 * DML are both transactional, so this is the twin of better-sqlite3's db.transaction().
 */
export async function withPgTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export const PG_MIGRATIONS_DIR = "prisma/postgresql/migrations";

/** Applies prisma/postgresql/migrations on one connection of the pool. */
export async function migratePg(pool: pg.Pool, root: string) {
  const client = await pool.connect();
  try {
    return await applyMigrationsPg(client, readMigrations(path.join(root, PG_MIGRATIONS_DIR)));
  } finally {
    client.release();
  }
}

/**
 * Serialises writers that read before they write (an import, an editor's publish) across every
 * app instance and the CLI: the twin of SQLite's BEGIN IMMEDIATE. Held until the transaction ends.
 */
export const WRITE_LOCK_KEY = 7_207_001;

export async function lockForWritingPg(client: PgQueryable): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock($1)`, [WRITE_LOCK_KEY]);
}
