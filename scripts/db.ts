/**
 * Shared by the command-line scripts: the database DATABASE_URL names (a SQLite file by default,
 * or PostgreSQL for a postgresql:// URL), migrated and loaded.
 */
import path from "node:path";
import { dialectOf, sqlitePathFromUrl } from "../lib/env";
import { applyMigrations, readMigrations } from "../lib/db/migrate";
import { openSqlite } from "../lib/db/sqlite";
import type { RebuildResult } from "../lib/search/index-builder";
import type { LoadResult } from "../lib/seed/load-reference";
import type { LexiconLoadResult } from "../lib/seed/lexicon-set";
import { openStore, storeOf, type Store, type StoreHandle } from "../lib/store";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./data/atlas.db";
}

export function isPostgres(): boolean {
  return dialectOf(databaseUrl()) === "postgresql";
}

export function databaseFile(): string {
  if (isPostgres()) throw new Error("DATABASE_URL is a PostgreSQL URL: this command works on a SQLite file only");
  return sqlitePathFromUrl(databaseUrl());
}

/** What the logs name: the SQLite file, or the PostgreSQL server and database (never the password). */
export function databaseLabel(): string {
  if (!isPostgres()) return databaseFile();
  const u = new URL(databaseUrl());
  return `postgresql://${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/** SQLite only (bench/seed.ts measures it): openReadyDatabase's steps on a given file. */
export async function openReady(file = databaseFile()) {
  const { db, applied } = openMigrated(file);
  const store = storeOf(db);
  const reference = await store.reference.load(path.join(ROOT, "seeds/data"));
  const lexicon = await store.reference.loadLexicon(path.join(ROOT, "seeds/lexicon"));
  return { db, applied, reference, lexicon, index: await store.search.buildIfStale() };
}

export function openMigrated(file = databaseFile()) {
  const db = openSqlite(file);
  const result = applyMigrations(db, readMigrations(path.join(ROOT, "prisma/migrations")));
  return { db, ...result };
}

export type ReadyDatabase = {
  store: Store;
  /** The raw connection behind the store (a better-sqlite3 connection or the PostgreSQL pool), for scripts that query it. */
  db: StoreHandle;
  applied: string[];
  alreadyApplied: number;
  reference: LoadResult;
  /** null when only the migrations were asked for. */
  lexicon: LexiconLoadResult | null;
  index: RebuildResult | null;
  rebuildIndex(): Promise<RebuildResult>;
  close(): Promise<void>;
};

/**
 * Migrated, with the reference data loaded (skipped in ~0.1 s when unchanged) and the search index
 * built: what every entry point needs before it serves or imports anything. `referenceAndIndex:
 * false` stops after the migrations. Either database, through the store (lib/store).
 */
export async function openReadyDatabase(options: { forceReference?: boolean; referenceAndIndex?: boolean } = {}): Promise<ReadyDatabase> {
  const loadAll = options.referenceAndIndex ?? true;
  const { store, handle, migrate } = openStore(databaseUrl());
  try {
    const { applied, alreadyApplied } = await migrate(ROOT);
    const reference = loadAll
      ? await store.reference.load(path.join(ROOT, "seeds/data"), { force: options.forceReference })
      : { skipped: true, checksum: "", counts: {} };
    const lexicon = loadAll ? await store.reference.loadLexicon(path.join(ROOT, "seeds/lexicon"), { force: options.forceReference }) : null;
    // Built when empty or built from other reference data, once across instances starting
    // together (re-checked under the write lock); a forced reload rebuilds whatever it finds.
    const index = !loadAll ? null : options.forceReference ? await store.search.rebuild() : await store.search.buildIfStale();
    return { store, db: handle, applied, alreadyApplied, reference, lexicon, index, rebuildIndex: () => store.search.rebuild(), close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
