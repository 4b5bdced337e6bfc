-- Suggestions come from the in-memory suggestion index (lib/search/suggest-index.ts, ADR 0009),
-- which reads suggest_entry whole. Its FTS5 table and the stems only that table matched are dead
-- weight: every index write kept them up to date for no reader. PostgreSQL never had them.
DROP TABLE "suggest_fts";
ALTER TABLE "suggest_entry" DROP COLUMN "text_stem";
