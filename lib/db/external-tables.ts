/**
 * Tables made by hand-written SQL in migrations (FTS5 and its shadow tables, and the plain tables
 * that hold the content of the external-content FTS tables). Prisma must not treat them as drift:
 * prisma.config.ts and the drift check list them as external.
 */
const FTS_TABLES = ["search_fts", "suggest_fts"];
const FTS5_SHADOW_SUFFIXES = ["", "_config", "_data", "_docsize", "_idx", "_content"];
/** Content tables of the search index (prisma/migrations/20261122190000_search_fts). */
const SEARCH_CONTENT_TABLES = ["search_entry", "suggest_entry"];

export const EXTERNAL_TABLES: string[] = [...FTS_TABLES.flatMap((t) => FTS5_SHADOW_SUFFIXES.map((s) => t + s)), ...SEARCH_CONTENT_TABLES];
