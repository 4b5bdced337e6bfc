import "server-only";
import type Database from "better-sqlite3";
import { pgPool } from "@/lib/db";
import { openSqlite } from "@/lib/db/sqlite";
import { env, sqlitePathFromUrl } from "@/lib/env";
import { searchIndex, suggestFromIndex } from "@/lib/search/engine";
import { searchIndexPg, suggestFromIndexPg } from "@/lib/search/pg/engine";
import type { SearchQuery, SearchResponse, SuggestResponse } from "@/lib/validation/search";

/**
 * Full-text search over occupations and positions, on the database DATABASE_URL names.
 * SQLite: FTS5 is outside Prisma, so this reads through its own read-only better-sqlite3
 * connection (one per process, like the Prisma client); WAL mode lets it read while an import writes.
 * PostgreSQL: the app's pool (lib/db.ts), PostgreSQL's own full-text search (lib/search/pg).
 */
const globalForSearch = globalThis as unknown as { atlasSearchDb?: Database.Database };

function searchDb(): Database.Database {
  globalForSearch.atlasSearchDb ??= openSqlite(sqlitePathFromUrl(env.DATABASE_URL), { readonly: true });
  return globalForSearch.atlasSearchDb;
}

export async function searchEntries(params: SearchQuery): Promise<SearchResponse> {
  return pgPool ? searchIndexPg(pgPool, params) : searchIndex(searchDb(), params);
}

export async function suggest(prefix: string, limit = 8): Promise<SuggestResponse> {
  return pgPool ? suggestFromIndexPg(pgPool, prefix, limit) : suggestFromIndex(searchDb(), prefix, limit);
}
