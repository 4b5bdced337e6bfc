import "server-only";
import { env } from "@/lib/env";
import { openAppDatabase, type AppDatabase } from "@/lib/store";

/**
 * The app's database, for the one DATABASE_URL names: SQLite (file:) or PostgreSQL
 * (postgresql://), opened by lib/store (where the dialect is chosen). Cached on globalThis so hot
 * reload does not open more connections.
 *
 * The app sees one Prisma type, the SQLite client's. On PostgreSQL the PostgreSQL client is handed
 * out under it: lib/db/client-types.ts proves at compile time that every model query written
 * against the SQLite types is valid on the PostgreSQL client and returns the same rows.
 */
// atlasDatabase holds everything (tests disconnect and drop it to reopen another database).
const globalForDb = globalThis as unknown as { atlasDatabase?: AppDatabase };

const opened = globalForDb.atlasDatabase ?? openAppDatabase(env.DATABASE_URL);

export const db = opened.db;

/** The pool behind `db` on PostgreSQL; null on SQLite. */
export const pgPool = opened.pgPool;

/** Imports, reference loads, search and app metadata, on the same database (lib/store/types.ts). */
export const store = opened.store;

/** The write lock and search re-indexing inside a Prisma transaction of the app. */
export const transactions = opened.transactions;

if (env.NODE_ENV !== "production") globalForDb.atlasDatabase = opened;
