/**
 * Links of the search page: the URL holds the whole state (q, filters, page), so every facet
 * value, page number and "remove filter" is a plain link that works without JavaScript and can
 * be shared. Pure.
 */
import type { SearchQuery } from "@/lib/validation/search";

export type SearchState = Omit<SearchQuery, "pageSize"> & { pageSize: number };
export type SearchChange = Partial<{ [K in keyof SearchState]: SearchState[K] | undefined }>;

const DEFAULT_PAGE_SIZE = 20;

/** The query object of a link to the search page with `change` applied; a filter change goes back to page 1. */
export function searchQueryFor(state: SearchState, change: SearchChange = {}): Record<string, string> {
  const next: SearchState = { ...state, ...("page" in change ? {} : { page: 1 }), ...change } as SearchState;
  const query: Record<string, string> = {};
  if (next.q) query.q = next.q;
  if (next.prefix) query.prefix = next.prefix;
  if (next.level) query.level = next.level;
  if (next.kind) query.kind = next.kind;
  if (next.lang) query.lang = next.lang;
  if (next.vocational) query.vocational = "1";
  if (next.profile) query.profile = "1";
  if (next.page > 1) query.page = String(next.page);
  if (next.pageSize !== DEFAULT_PAGE_SIZE) query.pageSize = String(next.pageSize);
  return query;
}

export function searchHref(state: SearchState, change: SearchChange = {}) {
  return { pathname: "/search" as const, query: searchQueryFor(state, change) };
}
