/**
 * Tables made by hand-written SQL in migrations (the search index). Prisma must not treat them as
 * drift: prisma.config.ts and the drift check list them as external.
 */
export type Dialect = "sqlite" | "postgresql";

const FTS_TABLES = ["search_fts"];
const FTS5_SHADOW_SUFFIXES = ["", "_config", "_data", "_docsize", "_idx", "_content"];
/** Content tables of the search index (prisma/migrations/20261122190000_search_fts; the PostgreSQL twin in prisma/postgresql/migrations). */
const SEARCH_CONTENT_TABLES = ["search_entry", "suggest_entry"];

/** SQLite: the FTS5 tables with their shadow tables, and the content tables. */
const EXTERNAL_TABLES: string[] = [...FTS_TABLES.flatMap((t) => FTS5_SHADOW_SUFFIXES.map((s) => t + s)), ...SEARCH_CONTENT_TABLES];

/** PostgreSQL has no virtual tables: the tsvector columns live in the content tables themselves. */
const POSTGRES_EXTERNAL_TABLES = ["public.search_entry", "public.suggest_entry"];

export function externalTablesFor(dialect: Dialect): string[] {
  return dialect === "postgresql" ? POSTGRES_EXTERNAL_TABLES : EXTERNAL_TABLES;
}
