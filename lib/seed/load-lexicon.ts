/**
 * Loads the lexicon seed (seeds/lexicon) into LexiconTerm on SQLite, in one transaction under the
 * write lock; skipped when the files' checksum is the loaded one. What it writes: ./lexicon-set.ts.
 * The PostgreSQL twin: ./load-lexicon-pg.ts.
 */
import type Database from "better-sqlite3";
import { toSqliteDate } from "@/lib/db/sqlite";
import { META_KEYS } from "@/lib/store/app-meta";
import { bumpDataVersionSqlite, bumpIndexVersionSqlite, readMetaSqlite, writeMetaSqlite } from "@/lib/store/sqlite/app-meta";
import { COUNT_TERMS_SQL, DELETE_SEED_ROWS_SQL, EDITED_PAIRS_SQL, pairKey, readLexiconSet, seedRowsToWrite, type LexiconLoadResult } from "./lexicon-set";

const INSERT_SEED_ROW_SQL = `INSERT INTO "LexiconTerm" (concept, lang, position, term, origin, codes, source, "updatedAt") VALUES (?, ?, ?, ?, ?, ?, 'seed', ?)`;

export function loadLexicon(db: Database.Database, dir: string, options: { force?: boolean } = {}): LexiconLoadResult {
  const { entries, checksum } = readLexiconSet(dir);
  const isLoaded = () => !options.force && readMetaSqlite(db, META_KEYS.lexiconChecksum) === checksum;
  const run = db.transaction(() => {
    const edited = new Set((db.prepare(EDITED_PAIRS_SQL).all() as { concept: string; lang: string }[]).map((p) => pairKey(p.concept, p.lang)));
    const counts = () => ({ terms: (db.prepare(COUNT_TERMS_SQL).get() as { n: number }).n, editedPairs: edited.size });
    // Checked again under the write lock (BEGIN IMMEDIATE): two processes starting at once load once.
    if (isLoaded()) return { skipped: true, checksum, counts: counts() };
    db.exec(DELETE_SEED_ROWS_SQL);
    const insert = db.prepare(INSERT_SEED_ROW_SQL);
    const now = toSqliteDate();
    for (const e of seedRowsToWrite(entries, edited)) insert.run(e.concept, e.lang, e.position, e.term, e.origin, e.codes.join(" "), now);
    writeMetaSqlite(db, META_KEYS.lexiconChecksum, checksum);
    // Search reads the lexicon per index version (lib/search/expansion.ts).
    bumpIndexVersionSqlite(db);
    bumpDataVersionSqlite(db);
    return { skipped: false, checksum, counts: counts() };
  });
  return run.immediate();
}
