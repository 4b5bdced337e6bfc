-- NOTE: no semicolons in these comments: Prisma's PostgreSQL adapter splits a script at every one.
-- Full-text search on PostgreSQL: the twin of the SQLite FTS5 tables (prisma/migrations/
-- 20261122190000_search_fts). Hand-written: listed as external in lib/db/external-tables.ts.
-- lib/search/pg/index-builder.ts fills them, lib/search/pg/store.ts reads them.
--
-- The words are folded (lower case, no diacritics, ł → l) and stemmed in JavaScript, by the same
-- code as for SQLite (lib/search/stem*.ts), and written space-separated into the tsvectors, the
-- text search configuration below only splits them. unaccent and lower case in it are a safety
-- net for text written by other means: folded words pass through unchanged.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION atlas_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION atlas_simple
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
    WITH unaccent, simple;

-- search_entry: one row per searchable entry (same ids and columns as on SQLite). exact_doc holds
-- the words as written (folded), stem_doc their stems, weights A–D: name > titles > tasks >
-- description. ts_rank's weights (lib/search/pg/store.ts) put each exact column above its stem.
CREATE TABLE "search_entry" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "code" TEXT,
    "position_id" INTEGER,
    "level" TEXT,
    "kind" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "has_profile" INTEGER NOT NULL DEFAULT 0,
    "is_vocational" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "titles" TEXT NOT NULL DEFAULT '',
    "tasks" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "exact_doc" TSVECTOR NOT NULL DEFAULT ''::tsvector,
    "stem_doc" TSVECTOR NOT NULL DEFAULT ''::tsvector
);
CREATE INDEX "search_entry_exact_doc_idx" ON "search_entry" USING GIN ("exact_doc");
CREATE INDEX "search_entry_stem_doc_idx" ON "search_entry" USING GIN ("stem_doc");

-- suggest_entry: one row per name or title, the rows of the in-memory suggestion index
-- (lib/search/suggest-index.ts), read whole in id order. The id encodes a static rank (lib/search/ids.ts).
CREATE TABLE "suggest_entry" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "entry_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "text" TEXT NOT NULL
);
CREATE INDEX "suggest_entry_entry_id_idx" ON "suggest_entry"("entry_id");
