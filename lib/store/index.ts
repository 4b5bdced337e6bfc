/**
 * Where the database dialect is chosen: the one place (docs/decisions/0016-one-store-interface.md).
 * The app (lib/db.ts) and the scripts (scripts/db.ts) open their database here; everything else
 * receives a Store, a Prisma client or a TransactionStore and never asks which database it is.
 */
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import type pg from "pg";
import { applyMigrations, readMigrations, type MigrateResult } from "@/lib/db/migrate";
import { createPgPool, isPgPool, migratePg } from "@/lib/db/pg";
import { SerializedSqliteAdapterFactory } from "@/lib/db/serialized-sqlite-adapter";
import { openSqlite } from "@/lib/db/sqlite";
import { dialectOf, sqlitePathFromUrl } from "@/lib/env";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPgStore, pgTransactionStore } from "./pg/store";
import { createSqliteStore, sqliteTransactionStore } from "./sqlite/store";
import type { Store, TransactionStore } from "./types";

export type { Store } from "./types";

/** A raw connection a script or test already holds: a better-sqlite3 connection or a PostgreSQL pool. */
export type StoreHandle = Database.Database | pg.Pool;

const stores = new WeakMap<object, Store>();

/** The store over a connection the caller owns (close() leaves it open). */
export function storeOf(handle: StoreHandle | Store): Store {
  if ("documents" in handle) return handle;
  let store = stores.get(handle);
  if (!store) {
    if (isPgPool(handle)) store = createPgStore(handle, { end: false });
    else {
      const db = handle;
      store = createSqliteStore({ writer: () => db, reader: () => db, close: async () => {} });
    }
    stores.set(handle, store);
  }
  return store;
}

export type OpenedStore = { store: Store; handle: StoreHandle; migrate(root: string): Promise<MigrateResult> };

/** For the scripts: the database a URL names, with connections of its own (store.close() closes them). */
export function openStore(url: string, options: { poolMax?: number } = {}): OpenedStore {
  if (dialectOf(url) === "postgresql") {
    const pool = createPgPool(url, { max: options.poolMax ?? 4 });
    return { store: createPgStore(pool, { end: true }), handle: pool, migrate: (root) => migratePg(pool, root) };
  }
  const db = openSqlite(sqlitePathFromUrl(url));
  return {
    store: createSqliteStore({ writer: () => db, reader: () => db, close: async () => void db.close() }),
    handle: db,
    migrate: async (root) => applyMigrations(db, readMigrations(path.join(root, "prisma/migrations"))),
  };
}

export type AppDatabase = {
  /** The one PrismaClient of the app (the SQLite client's type on both; lib/db/client-types.ts). */
  db: PrismaClient;
  /** The pool behind `db` on PostgreSQL; null on SQLite. */
  pgPool: pg.Pool | null;
  store: Store;
  transactions: TransactionStore;
};

/** The connection budget of one process (lib/env.ts: DATABASE_POOL_MAX, DATABASE_POOL_WAIT_MS); PostgreSQL only. */
export type PoolBudget = { poolMax?: number; poolWaitMs?: number };

/**
 * For the app (lib/db.ts): Prisma, the store and the transaction helpers over the same database.
 * SQLite: the store writes on a connection of its own and searches on a read-only one (WAL lets it
 * read while an import writes); publishes index on Prisma's own connection. PostgreSQL: one pool.
 */

export function openAppDatabase(url: string, budget: PoolBudget = {}): AppDatabase {
  if (dialectOf(url) === "postgresql") {
    const pgPool = createPgPool(url, { max: budget.poolMax, connectionTimeoutMillis: budget.poolWaitMs });
    // One bound on waiting for a connection: Prisma's own for a transaction (maxWait, 2 s by default) is the pool's.
    const client = new PgPrismaClient({
      adapter: new PrismaPg(pgPool),
      ...(budget.poolWaitMs === undefined ? {} : { transactionOptions: { maxWait: budget.poolWaitMs } }),
    });
    return { db: client as unknown as PrismaClient, pgPool, store: createPgStore(pgPool, { end: false }), transactions: pgTransactionStore(pgPool) };
  }
  const file = sqlitePathFromUrl(url);
  // Serialized: statements outside a transaction wait for an open one (see the wrapper's comment).
  // PostgreSQL needs no such wrapper: its pool gives each transaction a connection of its own.
  const adapter = new SerializedSqliteAdapterFactory(new PrismaBetterSqlite3({ url: `file:${file}` }));
  let writer: Database.Database | null = null;
  let reader: Database.Database | null = null;
  const store = createSqliteStore({
    writer: () => (writer ??= openSqlite(file)),
    reader: () => (reader ??= openSqlite(file, { readonly: true })),
    close: async () => {
      writer?.close();
      reader?.close();
      writer = reader = null;
    },
  });
  return { db: new PrismaClient({ adapter }), pgPool: null, store, transactions: sqliteTransactionStore(() => adapter.connection()) };
}
