import "server-only";
import { env } from "@/lib/env";
import { setDatabaseProbe } from "@/lib/health";
import { openAppDatabase, type AppDatabase } from "@/lib/store";

/**
 * The app's database, for the one DATABASE_URL names: SQLite (file:) or PostgreSQL
 * (postgresql://), opened by lib/store (where the dialect is chosen). Cached on globalThis so
 * neither hot reload nor a second bundle opens more connections.
 *
 * The app sees one Prisma type, the SQLite client's. On PostgreSQL the PostgreSQL client is handed
 * out under it: lib/db/client-types.ts proves at compile time that every model query written
 * against the SQLite types is valid on the PostgreSQL client and returns the same rows.
 */
// atlasDatabase holds everything (tests disconnect and drop it to reopen another database).
const globalForDb = globalThis as unknown as { atlasDatabase?: AppDatabase };

const opened = globalForDb.atlasDatabase ?? openAppDatabase(env.DATABASE_URL, { poolMax: env.DATABASE_POOL_MAX, poolWaitMs: env.DATABASE_POOL_WAIT_MS });

export const db = opened.db;

/** The pool behind `db` on PostgreSQL; null on SQLite. */
export const pgPool = opened.pgPool;

/** Imports, reference loads, search and app metadata, on the same database (lib/store/types.ts). */
export const store = opened.store;

/** The write lock and search re-indexing inside a Prisma transaction of the app. */
export const transactions = opened.transactions;

// In production too: Next loads this module once per bundle layer (pages, route handlers), and each
// copy would open a pool of its own (one next-server held two pools). One client, one pool per process.
globalForDb.atlasDatabase = opened;

// What npm start's server asks before serving a page (lib/health.ts). SQLite is a local file: no probe.
if (pgPool) setDatabaseProbe(() => pgPool.query("SELECT 1"));
