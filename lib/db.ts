import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { createPgPool } from "@/lib/db/pg";
import { SerializedSqliteAdapterFactory } from "@/lib/db/serialized-sqlite-adapter";
import { dialectOf, env, sqlitePathFromUrl } from "@/lib/env";
import { setDatabaseProbe } from "@/lib/health";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one PrismaClient of the app, for the database DATABASE_URL names: SQLite (file:) or
 * PostgreSQL (postgresql://). Cached on globalThis so neither hot reload nor a second bundle opens more connections.
 *
 * The app sees one type, the SQLite client's. On PostgreSQL the PostgreSQL client is handed out
 * under it: lib/db/client-types.ts proves at compile time that every model query written against
 * the SQLite types is valid on the PostgreSQL client and returns the same rows.
 */
function createClient(): { db: PrismaClient; pgPool: pg.Pool | null } {
  if (dialectOf(env.DATABASE_URL) === "postgresql") {
    const pgPool = createPgPool(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX, connectionTimeoutMillis: env.DATABASE_POOL_WAIT_MS });
    // One bound on waiting for a connection: Prisma's own for a transaction (maxWait, 2 s by default) is the pool's.
    const client = new PgPrismaClient({ adapter: new PrismaPg(pgPool), transactionOptions: { maxWait: env.DATABASE_POOL_WAIT_MS } });
    return { db: client as unknown as PrismaClient, pgPool };
  }
  // Serialized: statements outside a transaction wait for an open one (see the wrapper's comment).
  // PostgreSQL needs no such wrapper: its pool gives each transaction a connection of its own.
  const adapter = new SerializedSqliteAdapterFactory(new PrismaBetterSqlite3({ url: `file:${sqlitePathFromUrl(env.DATABASE_URL)}` }));
  return { db: new PrismaClient({ adapter }), pgPool: null };
}

// atlasDb holds the client itself (tests disconnect and drop it to reopen another database).
const globalForDb = globalThis as unknown as { atlasDb?: PrismaClient; atlasPgPool?: pg.Pool | null };

const created = globalForDb.atlasDb ? { db: globalForDb.atlasDb, pgPool: globalForDb.atlasPgPool ?? null } : createClient();

export const db = created.db;

/** The pool behind `db` on PostgreSQL (raw SQL: search, import); null on SQLite. */
export const pgPool = created.pgPool;

// In production too: Next loads this module once per bundle layer (pages, route handlers), and each
// copy would open a pool of its own (one next-server held two pools). One client, one pool per process.
globalForDb.atlasDb = created.db;
globalForDb.atlasPgPool = created.pgPool;

// What npm start's server asks before serving a page (lib/health.ts). SQLite is a local file: no probe.
if (pgPool) setDatabaseProbe(() => pgPool.query("SELECT 1"));
