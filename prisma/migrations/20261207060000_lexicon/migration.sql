-- The multilingual occupational lexicon: seeds/lexicon, docs/decisions/0019-lexicon.md
-- CreateTable
CREATE TABLE "LexiconTerm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "concept" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "term" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "codes" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'seed',
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "LexiconTerm_lang_idx" ON "LexiconTerm"("lang");

-- CreateIndex
CREATE UNIQUE INDEX "LexiconTerm_concept_lang_source_position_key" ON "LexiconTerm"("concept", "lang", "source", "position");
