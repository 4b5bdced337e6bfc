/** The app-metadata statements of lib/store/app-meta.ts on PostgreSQL (a pool, or a client inside a transaction). */
import crypto from "node:crypto";
import type { PgQueryable } from "@/lib/db/pg";
import { BUMP_COUNTER_SQL, META_KEYS, numberedParams, SELECT_META_SQL, UPSERT_META_SQL } from "../app-meta";

const SELECT = numberedParams(SELECT_META_SQL);
const UPSERT = numberedParams(UPSERT_META_SQL);
const BUMP = numberedParams(BUMP_COUNTER_SQL);

export async function readMetaPg(db: PgQueryable, key: string): Promise<string | null> {
  const { rows } = await db.query<{ value: string }>(SELECT, [key]);
  return rows[0]?.value ?? null;
}

export async function writeMetaPg(db: PgQueryable, key: string, value: string): Promise<void> {
  await db.query(UPSERT, [key, value, new Date()]);
}

export async function bumpDataVersionPg(db: PgQueryable): Promise<void> {
  await db.query(BUMP, [META_KEYS.dataVersion, new Date()]);
}

export async function bumpIndexVersionPg(db: PgQueryable): Promise<void> {
  await writeMetaPg(db, META_KEYS.indexVersion, crypto.randomUUID());
}

/** After a write to the search index that changed what suggestions show (lib/search/suggesters.ts). */
export async function bumpSuggestVersionPg(db: PgQueryable): Promise<void> {
  await writeMetaPg(db, META_KEYS.suggestVersion, crypto.randomUUID());
}

export async function readIndexVersionPg(db: PgQueryable): Promise<string> {
  return (await readMetaPg(db, META_KEYS.indexVersion)) ?? "";
}
