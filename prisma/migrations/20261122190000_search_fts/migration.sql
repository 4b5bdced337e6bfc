-- Full-text search (issue 4). Hand-written: FTS5 is outside Prisma's model, so these tables are
-- listed as external in lib/db/external-tables.ts. lib/search/index-builder.ts fills them (there
-- are no triggers: the builder rebuilds in bulk and re-indexes single entries itself).
--
-- search_entry: one row per searchable entry: every KZiS entry of the 5 levels and every imported
-- position. id: a KZiS entry is length(code) * 1000000 + code (so "01" and "1" differ), a position
-- is 8000000 + Position.id. The text columns hold the text as written (ranked highest, and read
-- back for snippets); the *_stem columns the same words folded and stemmed (lib/search/stem.ts),
-- so inflected forms meet ("administratorzy" → "administrator").
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
    "name_stem" TEXT NOT NULL DEFAULT '',
    "titles_stem" TEXT NOT NULL DEFAULT '',
    "tasks_stem" TEXT NOT NULL DEFAULT '',
    "description_stem" TEXT NOT NULL DEFAULT ''
);

-- External-content index over search_entry. bm25 weights (lib/search/engine.ts), highest first:
-- name > titles > tasks > description, each exact column above its stemmed copy. No prefix index:
-- the results page expands only a last word of 3+ letters, and a prefix index would double the
-- build time of the largest table; short prefixes are suggest_fts's job.
CREATE VIRTUAL TABLE "search_fts" USING fts5(
    name,
    titles,
    tasks,
    description,
    name_stem,
    titles_stem,
    tasks_stem,
    description_stem,
    content = 'search_entry',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- suggest_entry: one row per name or title, for suggestions as the user types. The id encodes a
-- static rank (tier, then text length; lib/search/suggest-rank.ts), and FTS5 returns matches in
-- rowid order, so `MATCH … LIMIT n` reads the best n rows without scoring the thousands that a
-- 2-letter prefix matches.
CREATE TABLE "suggest_entry" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "entry_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "text_stem" TEXT NOT NULL DEFAULT ''
);
CREATE INDEX "suggest_entry_entry_id_idx" ON "suggest_entry"("entry_id");

-- The prefix index makes "za*" one doclist instead of a merge of every word starting with "za".
CREATE VIRTUAL TABLE "suggest_fts" USING fts5(
    text,
    text_stem,
    content = 'suggest_entry',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);
