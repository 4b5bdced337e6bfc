/**
 * The lexicon seed (seeds/lexicon) as both loaders see it: the parsed rows of its files, the
 * checksum that decides a reload, and what a reload writes given the (concept, lang) pairs editors
 * changed. The statements both loaders run are written here once (no placeholders).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { mergeLexiconFiles, parseLexiconCsv, type LexiconEntry } from "@/lib/lexicon/parse";

/** groups.csv (the 10 major and 43 sub-major groups) and terms.csv (words); seeds/lexicon/README.md. */
export const LEXICON_FILES = ["groups.csv", "terms.csv"] as const;
/** Part of the checksum: bump it when the way the files are read changes, so loaded databases reload. */
const LEXICON_LOADER_VERSION = "1";

export type LexiconLoadResult = { skipped: boolean; checksum: string; counts: { terms: number; editedPairs: number } };

export function readLexiconSet(dir: string): { entries: LexiconEntry[]; checksum: string } {
  const hash = crypto.createHash("sha256").update(`lexicon loader ${LEXICON_LOADER_VERSION}\0`);
  const files = LEXICON_FILES.map((file) => {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    hash.update(file).update("\0").update(text);
    return { file, entries: parseLexiconCsv(text, file) };
  });
  return { entries: mergeLexiconFiles(files), checksum: hash.digest("hex") };
}

export const pairKey = (concept: string, lang: string) => `${concept}\0${lang}`;

/**
 * The seed rows a reload writes: every (concept, lang) of the seed except those an editor changed.
 * An editor's change of a pair is kept whole (its rows are source "editor"), never merged with the
 * file's, so a reload cannot undo or half-undo it.
 */
export function seedRowsToWrite(entries: LexiconEntry[], editedPairs: Set<string>): LexiconEntry[] {
  return entries.filter((e) => !editedPairs.has(pairKey(e.concept, e.lang)));
}

export const EDITED_PAIRS_SQL = `SELECT DISTINCT concept, lang FROM "LexiconTerm" WHERE source = 'editor'`;
/** The seed's rows are replaced whole; editors' rows (source "editor") stay. */
export const DELETE_SEED_ROWS_SQL = `DELETE FROM "LexiconTerm" WHERE source = 'seed'`;
export const COUNT_TERMS_SQL = `SELECT COUNT(*) AS n FROM "LexiconTerm"`;

/** The seed file's rows of one (concept, lang), in order: what "return to the seed's version" writes back. */
export function seedPairOf(dir: string, concept: string, lang: string): LexiconEntry[] {
  return readLexiconSet(dir).entries.filter((e) => e.concept === concept && e.lang === lang);
}
