/**
 * Tables made by hand-written SQL in migrations (FTS5 and its shadow tables). Prisma must not
 * treat them as drift: prisma.config.ts and the drift check list them as external.
 */
const FTS_TABLES = ["search_fts", "suggest_fts"];
const FTS5_SHADOW_SUFFIXES = ["", "_config", "_data", "_docsize", "_idx", "_content"];

export const EXTERNAL_TABLES: string[] = FTS_TABLES.flatMap((t) => FTS5_SHADOW_SUFFIXES.map((s) => t + s));
