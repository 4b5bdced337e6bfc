import "server-only";
import { store } from "@/lib/db";
import type { SearchQuery, SearchResponse, SuggestResponse } from "@/lib/validation/search";

/**
 * Full-text search over occupations and positions, on the database DATABASE_URL names, through
 * the search store (lib/store: SQLite's FTS5 on a read-only connection of its own, or
 * PostgreSQL's full-text search on the app's pool).
 */
export async function searchEntries(params: SearchQuery): Promise<SearchResponse> {
  return store.search.query(params);
}

export async function suggest(prefix: string, limit = 8): Promise<SuggestResponse> {
  return store.search.suggest(prefix, limit);
}
