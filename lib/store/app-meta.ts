/**
 * App metadata (the AppMeta table): small named values that several processes read to learn that
 * something changed. Each key and each statement is written here once; the dialect adapters
 * (lib/store/sqlite/app-meta.ts, lib/store/pg/app-meta.ts) and the Prisma transaction helper run
 * the same SQL text (identifiers quoted, "?" placeholders, numbered for PostgreSQL).
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { REFERENCE_META_KEY } from "@/lib/seed/reference-meta";

export const META_KEYS = {
  /** The loaded reference data's checksum (lib/seed/load-reference.ts). */
  referenceChecksum: REFERENCE_META_KEY,
  /** Changes on every write to the search index: readers re-read their entry list when it moves. */
  indexVersion: "search-index-version",
  /**
   * Changes when a write to the search index changes what suggestions show (an entry's
   * suggest_entry rows or its name, code, kind or level): the in-memory suggesters are kept across
   * index versions until it moves (lib/search/suggesters.ts).
   */
  suggestVersion: "search-suggest-version",
  /** The reference checksum the search index was last built from: a different one means rebuild. */
  indexReference: "search-index-reference",
  /**
   * A counter raised in the same transaction as every write that changes public data (a publish,
   * an import, a reference load): the data version (lib/data/data-version.ts) without a scan.
   */
  dataVersion: "data-version",
  /** The loaded lexicon seed's checksum (lib/seed/load-lexicon.ts). */
  lexiconChecksum: "lexicon-checksum",
} as const;

export const SELECT_META_SQL = `SELECT value FROM "AppMeta" WHERE key = ?`;

/** updatedAt is a parameter: SQLite stores Prisma's ISO text (toSqliteDate), PostgreSQL a timestamp. */
export const UPSERT_META_SQL = `INSERT INTO "AppMeta" (key, value, "updatedAt") VALUES (?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value, "updatedAt" = excluded."updatedAt"`;

/** Counts from 1; the text value is read back as a number by readers that need one. */
export const BUMP_COUNTER_SQL = `INSERT INTO "AppMeta" (key, value, "updatedAt") VALUES (?, '1', ?)
  ON CONFLICT (key) DO UPDATE SET value = CAST(CAST("AppMeta".value AS INTEGER) + 1 AS TEXT), "updatedAt" = excluded."updatedAt"`;

/** "?" → "$1", "$2", … for node-postgres (the statements here hold no "?" in literals). */
export function numberedParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Raises the data version inside a Prisma transaction (an editor's publish). Prisma writes the
 * row (so its updatedAt is stored as Prisma stores dates on each dialect), the raw UPDATE adds one
 * without reading first.
 */
export async function bumpDataVersionInTx(tx: Prisma.TransactionClient): Promise<void> {
  const key = META_KEYS.dataVersion;
  await tx.appMeta.upsert({ where: { key }, create: { key, value: "0" }, update: {} });
  await tx.$executeRaw`UPDATE "AppMeta" SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = ${key}`;
}
