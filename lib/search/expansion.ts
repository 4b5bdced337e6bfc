/**
 * Cross-language search: a query's words looked up in the lexicon (lib/lexicon/match.ts), and the
 * entries its concepts point at merged with the text match. Shared by both engines; each only reads
 * the lexicon rows (LEXICON_ROWS_SQL) and runs the text matches its own way.
 *
 * Order of the merged list, when every word of the query is a lexicon term:
 *   1. the direct hits of the text match: documents not in Polish (a Kazakh document holding the
 *      Kazakh words typed) and entries whose name holds every word typed ("barista" is a Polish
 *      name as well as an English lexicon term);
 *   2. the occupations and groups the concepts point at: those named by more of the query's
 *      concepts first (351402 is both "email" and "administrator"), then the codes each concept
 *      lists first, a listed code before its descendants;
 *   3. what the concepts' Polish terms match in the index;
 *   4. the rest of the text match.
 * When only some words are lexicon terms, the text match keeps its order and the concepts' entries
 * follow it: a partial translation is a hint, not an answer.
 */
import { buildLexiconIndex, conceptScore, expandWords, type Expansion, type LexiconIndex, type LexiconTermRow } from "@/lib/lexicon/match";
import { LEXICON_ENTITY_TYPE } from "@/lib/lexicon/edit";
import { META_KEYS } from "@/lib/store/app-meta";
import type { Entry, EntryList } from "./entries";
import { keptAcrossVersions } from "./kept";
import { parseQuery, type QueryTerm } from "./query";
import type { TextMatch } from "./engine";

/** The same on both databases. */
export const LEXICON_ROWS_SQL = `SELECT concept, lang, position, term, codes, source FROM "LexiconTerm"`;

/**
 * What the lexicon's rows are at, on both databases (parameters: LEXICON_KEY_PARAMS): the checksum of the loaded seed (lib/seed/load-lexicon*.ts) and the last
 * editor change (every change of a pair writes a Revision of the lexicon, lib/store/lexicon-sql.ts).
 * Those are the only two ways the rows change.
 */
export const LEXICON_KEY_SQL = `SELECT (SELECT value FROM "AppMeta" WHERE key = ?) AS checksum, (SELECT MAX(id) FROM "Revision" WHERE "entityType" = ?) AS revision`;

export const LEXICON_KEY_PARAMS = [META_KEYS.lexiconChecksum, LEXICON_ENTITY_TYPE] as const;

export type LexiconKeyRow = { checksum: string | null; revision: number | string | null };

/** The row of LEXICON_KEY_SQL as one string (no row, no seed, no edit: still a key). */
export function lexiconKeyOf(row: LexiconKeyRow | undefined): string {
  return `${row?.checksum ?? ""}:${row?.revision ?? ""}`;
}

/**
 * The lexicon index of each entry list. A lexicon load or an editor's change raises the index
 * version, which makes a new list; but so does every publish of a profile, and rebuilding the
 * index then (9,881 terms: 170–470 ms at ×1, one synchronous slice of the serving thread) made one
 * of the soak's longest turns of the event loop after each publish (ADR 0031). So a new list of the
 * same database takes its predecessor's index over (inheritLexicon) when the lexicon's key
 * (LEXICON_KEY_SQL), read at the new list's first query, has not moved (lib/search/kept.ts).
 */
const lexicons = keptAcrossVersions<LexiconIndex>();

/** Called when `next` replaces `previous` as one database's entry list (a new index version). */
export function inheritLexicon(previous: EntryList | undefined, next: EntryList): void {
  lexicons.inherit(previous, next);
}

/** The list's lexicon index when its key has been checked already (nothing to read), else null. */
export function heldLexicon(list: EntryList): LexiconIndex | null {
  return lexicons.held(list);
}

/** Whether lexiconFor(list, key, …) would build, so the rows must be read (the PostgreSQL engine reads them first). */
export function needsLexiconRows(list: EntryList, key: string): boolean {
  return lexicons.needsBuild(list, key);
}

/**
 * The lexicon index of `list` at lexicon key `key` (read before the rows, so an index is never
 * older than its key): the predecessor's when the key is the same, else built from `readRows()`.
 */
export function lexiconFor(list: EntryList, key: string, readRows: () => LexiconTermRow[]): LexiconIndex {
  return lexicons.get(list, key, () => buildLexiconIndex(readRows()));
}

export function expandQuery(lexicon: LexiconIndex, terms: QueryTerm[]): Expansion {
  return expandWords(
    lexicon,
    terms.map((t) => t.word),
  );
}

/** The Polish terms of a complete expansion, as query terms (whole words); null when there is nothing to run. */
export function polishTermsOf(expansion: Expansion): QueryTerm[] | null {
  if (!expansion.isComplete) return null;
  const text = expansion.concepts
    .map((c) => c.polish)
    .filter((t): t is string => t !== null)
    .join(" ");
  const parsed = parseQuery(text, { prefixLast: false });
  return parsed.mode === "text" ? parsed.terms : null;
}

function conceptEntries(list: EntryList, expansion: Expansion): Entry[] {
  const scored: { entry: Entry; count: number; best: number; sum: number }[] = [];
  for (const entry of list.inCodeOrder) {
    if (entry.kind !== "occupation" || entry.code === null) continue;
    const score = conceptScore(expansion.concepts, entry.code);
    if (score) scored.push({ entry, ...score });
  }
  // inCodeOrder is already code order, and the sort is stable: ties stay in code order.
  return scored.sort((a, b) => b.count - a.count || b.best - a.best || b.sum - a.sum).map((s) => s.entry);
}

/** The text match with the lexicon's entries merged in (the order: this file's comment); `text` itself when the lexicon names nothing. */
export function mergeExpansion(
  list: EntryList,
  text: TextMatch,
  expansion: Expansion,
  polish: TextMatch | null,
  isNamedByQuery: (entry: Entry) => boolean,
): TextMatch {
  if (expansion.concepts.length === 0) return text;
  const viaLexicon = conceptEntries(list, expansion);
  const groups = expansion.isComplete
    ? [text.entries.filter((e) => e.language !== "pl" || isNamedByQuery(e)), viaLexicon, polish?.entries ?? [], text.entries]
    : [text.entries, viaLexicon];
  const merged = [...new Set(groups.flat())];
  // Scores from different matches do not compare: the merged score is the place, best = 1.
  const scores = new Map(merged.map((e, i) => [e, Math.round((1 - i / merged.length) * 1000) / 1000]));
  const textEntries = new Set(text.entries);
  return {
    entries: merged,
    scoreOf: (e) => scores.get(e) ?? 0,
    isPartial: text.isPartial && !expansion.isComplete,
    terms: text.terms,
    leadOnly: new Set(merged.filter((e) => !textEntries.has(e))),
  };
}
