/**
 * Search and suggestions over the index, given a better-sqlite3 connection (lib/data/search.ts
 * passes the app's; tests pass their own file). No Next, no Prisma: FTS5 is outside Prisma.
 */
import type Database from "better-sqlite3";
import type { SearchFilters, SearchItem, SearchQuery, SearchResponse, Suggestion, SuggestResponse } from "@/lib/validation/search";
import { getEntries, type Entry, type EntryList } from "./entries";
import { filterAndCount, filterAndCountAt, hasActiveFilter } from "./facets";
import { parseQuery, termPhrases, type QueryTerm } from "./query";
import { createSnippetBuilder, leadSnippet, type SnippetSource } from "./snippet";
import type { LexiconTermRow } from "@/lib/lexicon/match";
import {
  LEXICON_KEY_PARAMS,
  LEXICON_KEY_SQL,
  LEXICON_ROWS_SQL,
  expandQuery,
  heldLexicon,
  lexiconFor,
  lexiconKeyOf,
  mergeExpansion,
  polishTermsOf,
  type LexiconKeyRow,
} from "./expansion";
import { allInOrder, applyNameBoost, combinePostings, nameHoldsAll, phrasePostings, rankedFromRows, topOf, type Ranked } from "./ranking";
import { queryCodeIndex, querySuggestIndex, type CodeIndex, type SuggestIndex, type SuggestSourceRow } from "./suggest-index";
import {
  SUGGEST_KEY_PARAMS,
  SUGGEST_KEY_SQL,
  SUGGEST_ROWS_SQL,
  heldSuggesters,
  suggestKeyOf,
  suggestersOf,
  type SuggestKeyRow,
  type Suggesters,
} from "./suggesters";

/**
 * bm25 weight of each search_fts column: name > titles > tasks > description, and the exact
 * text above its stemmed copy, so "administrator" outranks "administratorzy" for "administrator".
 */
const BM25_WEIGHTS = [10, 5, 2, 1, 6, 3, 1.2, 0.6];

type Statements = {
  match: Database.Statement;
  sources: Database.Statement;
};
const statementCache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = statementCache.get(db);
  if (!s) {
    s = {
      match: db.prepare(`SELECT rowid AS id, bm25(search_fts, ${BM25_WEIGHTS.join(", ")}) AS rank FROM search_fts WHERE search_fts MATCH ?`),
      sources: db.prepare(`SELECT id, titles, tasks, description FROM search_entry WHERE id IN (SELECT value FROM json_each(?))`),
    };
    statementCache.set(db, s);
  }
  return s;
}

/** Runs a MATCH; an FTS5 syntax error (which query building should make impossible) is logged and gives no rows, never a 500. */
export function runMatch(db: Database.Database, match: string): { id: number; rank: number }[] {
  try {
    return statements(db).match.all(match) as { id: number; rank: number }[];
  } catch (error) {
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) {
      console.error("search: FTS5 rejected a MATCH expression", { match, message: error.message });
      return [];
    }
    throw error;
  }
}

/**
 * Matched entries, best first, with their scores (kept apart: the entries are shared, cached
 * objects). A text match also keeps its `ranked` arrays: the page is then cut from them
 * (pageOf), and the whole order is sorted only when something reads `entries`.
 */
type Candidates = { entries: Entry[]; scoreOf: (entry: Entry) => number; ranked?: Ranked };
export type TextMatch = Candidates & {
  isPartial: boolean;
  terms: QueryTerm[];
  /** Entries found through the lexicon only (lib/search/expansion.ts): none of the typed words is in their text, so their snippet is their lead. */
  leadOnly?: Set<Entry>;
};

export type MatchAttempt = { terms: QueryTerm[]; anyTerm: boolean };

/**
 * Whole words first; only when they match nothing is the last word read as a prefix (a word cut
 * short: "kierowca autob"), and only then are entries with some of the words shown. Most
 * submitted queries are whole words, and the prefix expansion is most of the cost of a query.
 */
export function matchAttempts(terms: QueryTerm[]): MatchAttempt[] {
  const wholeWords = terms.map((t) => ({ ...t, isPrefix: false }));
  const attempts: MatchAttempt[] = [{ terms: wholeWords, anyTerm: false }];
  if (terms.some((t) => t.isPrefix)) attempts.push({ terms, anyTerm: false });
  // No entry has every word: show those with some of them rather than nothing.
  if (terms.length > 1) attempts.push({ terms, anyTerm: true });
  return attempts;
}

/** The match of one attempt from its ranked arrays (name boost applied); null when it matched nothing. */
function rankedMatch(list: EntryList, allTerms: QueryTerm[], attempt: MatchAttempt, ranked: Ranked): TextMatch | null {
  if (ranked.positions.length === 0) return null;
  applyNameBoost(list, allTerms, ranked);
  let entries: Entry[] | null = null;
  let scores: Map<Entry, number> | null = null;
  return {
    ranked,
    get entries() {
      entries ??= allInOrder(ranked).map((k) => list.inCodeOrder[ranked.positions[k]!]!);
      return entries;
    },
    scoreOf: (e) => {
      scores ??= new Map(Array.from(ranked.positions, (p, k) => [list.inCodeOrder[p]!, ranked.scores[k]!]));
      return scores.get(e) ?? 0;
    },
    isPartial: attempt.anyTerm,
    terms: attempt.terms,
  };
}

/**
 * The matched entries of one attempt, from database rows; null when it matched nothing. `rank` is
 * lower-is-better (the PostgreSQL engine passes its ts_rank negated).
 */
export function scoreAttempt(list: EntryList, allTerms: QueryTerm[], attempt: MatchAttempt, rows: { id: number; rank: number }[]): TextMatch | null {
  return rankedMatch(list, allTerms, attempt, rankedFromRows(list, rows));
}

export const noTextMatch = (terms: QueryTerm[]): TextMatch => ({ entries: [], scoreOf: () => 0, isPartial: false, terms });

/** Each word's FTS5 phrases, read once per index version (lib/search/ranking.ts), summed into the attempt's bm25. */
function textCandidates(db: Database.Database, list: EntryList, terms: QueryTerm[]): TextMatch {
  for (const attempt of matchAttempts(terms)) {
    const postings = attempt.terms.map((term) => termPhrases(term).map((phrase) => phrasePostings(list, phrase, (p) => runMatch(db, p))));
    const match = rankedMatch(list, terms, attempt, combinePostings(list, postings, attempt.anyTerm));
    if (match) return match;
  }
  return noTextMatch(terms);
}

/** The text match, widened through the lexicon to the Polish occupations a kk, ru or en query names (lib/search/expansion.ts). */
function expandedCandidates(db: Database.Database, list: EntryList, terms: QueryTerm[]): TextMatch {
  const lexicon =
    heldLexicon(list) ??
    lexiconFor(
      list,
      lexiconKeyOf(db.prepare(LEXICON_KEY_SQL).get(...LEXICON_KEY_PARAMS) as LexiconKeyRow | undefined),
      () => db.prepare(LEXICON_ROWS_SQL).all() as LexiconTermRow[],
    );
  const expansion = expandQuery(lexicon, terms);
  const polishTerms = polishTermsOf(expansion);
  return mergeExpansion(list, textCandidates(db, list, terms), expansion, polishTerms && textCandidates(db, list, polishTerms), (e) => nameHoldsAll(e, terms));
}

function codeCandidates(list: EntryList, code: string): Candidates {
  // inCodeOrder is the tree read top-down, so the entry itself comes first, then its descendants;
  // they are one run of the list, found by bisection instead of a pass over every entry.
  const { inCodeOrder } = list;
  let from = 0;
  let to = inCodeOrder.length;
  while (from < to) {
    const mid = (from + to) >> 1;
    const midCode = inCodeOrder[mid]!.code;
    if (midCode !== null && midCode < code) from = mid + 1;
    else to = mid;
  }
  let end = from;
  while (end < inCodeOrder.length && inCodeOrder[end]!.code?.startsWith(code)) end++;
  return {
    entries: inCodeOrder.slice(from, end),
    scoreOf: (e) => 1 / (1 + ((e.code?.length ?? code.length) - code.length)),
  };
}

function toItem(entry: Entry, score: number, snippet: SearchItem["snippet"]): SearchItem {
  return {
    code: entry.code,
    positionId: entry.positionId,
    name: entry.name,
    level: entry.level,
    kind: entry.kind,
    language: entry.language,
    hasProfile: entry.hasProfile,
    isVocational: entry.isVocational,
    snippet,
    score: Math.round(score * 1000) / 1000,
  };
}

/**
 * Entries whose text is kept in memory for snippets: a page of results needs 20–60 kB of text,
 * and reading it back from SQLite was a quarter of a query. A few thousand entries are all of
 * them, so this is at most the index's text (~8 MB); least recently shown go first.
 */
const MAX_RECENT_SOURCES = 2000;

/** The cached sources of `ids`, and the ids to read from the database. */
export function cachedSources(list: EntryList, ids: number[]): { found: Map<number, SnippetSource>; missing: number[] } {
  const found = new Map<number, SnippetSource>();
  const missing: number[] = [];
  for (const id of ids) {
    const source = list.recentSources.get(id);
    if (source) {
      // Map order is insertion order: re-inserting marks it as recently used.
      list.recentSources.delete(id);
      list.recentSources.set(id, source);
      found.set(id, source);
    } else missing.push(id);
  }
  return { found, missing };
}

export function rememberSources(list: EntryList, found: Map<number, SnippetSource>, rows: (SnippetSource & { id: number })[]): void {
  for (const { id, titles, tasks, description } of rows) {
    const source = { titles, tasks, description };
    found.set(id, source);
    list.recentSources.set(id, source);
  }
  for (const id of list.recentSources.keys()) {
    if (list.recentSources.size <= MAX_RECENT_SOURCES) break;
    list.recentSources.delete(id);
  }
}

function readSources(db: Database.Database, list: EntryList, ids: number[]): Map<number, SnippetSource> {
  const { found, missing } = cachedSources(list, ids);
  if (missing.length > 0) rememberSources(list, found, statements(db).sources.all(JSON.stringify(missing)) as (SnippetSource & { id: number })[]);
  return found;
}

/** What a request asks for, before any text match: the mode, the candidates of a code or browse query, the effective filters. */
export type SearchPlan = {
  mode: SearchResponse["mode"];
  filters: SearchFilters;
  /** Set for text queries: the engine runs the match and fills `candidates`. */
  textTerms: QueryTerm[] | null;
  candidates: Candidates;
};

export function planSearch(list: EntryList, request: SearchQuery): SearchPlan {
  const { q, page, pageSize, ...rest } = request;
  // page and pageSize are not filters: pageOf cuts the page.
  const filters: SearchFilters = rest;
  if (page < 1 || pageSize < 1) throw new RangeError("page and pageSize start at 1");
  const parsed = parseQuery(q, { prefixLast: true, minPrefixLength: 3 });
  if (parsed.mode === "code") {
    // The code is the prefix filter too, so the facet drills down from it.
    const effective = !filters.prefix || parsed.code.startsWith(filters.prefix) ? { ...filters, prefix: parsed.code } : filters;
    return { mode: "code", filters: effective, textTerms: null, candidates: codeCandidates(list, parsed.code) };
  }
  if (parsed.mode === "text") return { mode: "text", filters, textTerms: parsed.terms, candidates: { entries: [], scoreOf: () => 0 } };
  // Nothing to search for: filters alone browse the list; without any, only the facets are shown.
  const mode = parsed.mode === "empty" && hasActiveFilter(filters) ? "browse" : parsed.mode;
  return { mode, filters, textTerms: null, candidates: { entries: list.inCodeOrder, scoreOf: () => 0 } };
}

/**
 * Filters and counts the candidates and cuts the page; the caller reads the page's sources. A
 * ranked text match is counted in no order and its page taken by a bounded heap (lib/search/ranking.ts).
 */
export function pageOf(list: EntryList, request: SearchQuery, plan: SearchPlan) {
  const from = (request.page - 1) * request.pageSize;
  const to = request.page * request.pageSize;
  const { ranked } = plan.candidates;
  if (ranked) {
    const { passed, facets } = filterAndCountAt(list.inCodeOrder, ranked.positions, plan.filters, list.nameByCode);
    const best = topOf(ranked, passed, to).slice(from);
    return { total: passed.length, pageItems: best.map((k) => list.inCodeOrder[ranked.positions[k]!]!), scores: best.map((k) => ranked.scores[k]!), facets };
  }
  const { matches, facets } = filterAndCount(plan.candidates.entries, plan.filters, list.nameByCode);
  const shown = plan.mode === "empty" || plan.mode === "too-short" ? [] : matches;
  const pageItems = shown.slice(from, to);
  return { total: shown.length, pageItems, scores: pageItems.map(plan.candidates.scoreOf), facets };
}

export function finishSearch(
  request: SearchQuery,
  plan: SearchPlan,
  match: Pick<TextMatch, "isPartial" | "terms" | "leadOnly">,
  page: ReturnType<typeof pageOf>,
  sources: Map<number, SnippetSource>,
): SearchResponse {
  const terms = plan.mode === "text" ? match.terms : [];
  const matchedSnippet = terms.length ? createSnippetBuilder(terms) : leadSnippet;
  const items = page.pageItems.map((entry, i) => {
    const source = sources.get(entry.id);
    // When the name holds every word, where else they occur says little: show what the entry is.
    const snippetOf = terms.length && !nameHoldsAll(entry, terms) && !match.leadOnly?.has(entry) ? matchedSnippet : leadSnippet;
    return toItem(entry, page.scores[i]!, source ? snippetOf(source) : null);
  });
  const { q, page: pageNumber, pageSize } = request;
  return {
    query: q,
    mode: plan.mode,
    isPartial: plan.mode === "text" && match.isPartial,
    items,
    total: page.total,
    page: pageNumber,
    pageSize,
    facets: page.facets,
  };
}

export function searchIndex(db: Database.Database, request: SearchQuery): SearchResponse {
  const list = getEntries(db);
  const plan = planSearch(list, request);
  let match: Pick<TextMatch, "isPartial" | "terms" | "leadOnly"> = { isPartial: false, terms: [] };
  if (plan.textTerms) {
    const text = expandedCandidates(db, list, plan.textTerms);
    plan.candidates = text;
    match = text;
  }
  const page = pageOf(list, request, plan);
  const sources = readSources(
    db,
    list,
    page.pageItems.map((e) => e.id),
  );
  return finishSearch(request, plan, match, page, sources);
}

function toSuggestion(entry: Entry, label: string, source: string): Suggestion {
  return { code: entry.code, positionId: entry.positionId, name: entry.name, label, source, kind: entry.kind, level: entry.level };
}

/** Distinct recent inputs kept: a few hundred kB of small objects at most. */
const MAX_RECENT_SUGGESTIONS = 2000;

/**
 * The suggestion indexes of the current entry list (lib/search/suggesters.ts). The rows come from
 * a plain read of suggest_entry (no FTS5), so the PostgreSQL engine only needs to give the same rows.
 * NOTE: the first suggestion after a change of the suggestion rows builds them synchronously
 * (~0.1 s for the real catalogue, about a second at ×10; see README, Performance); a publish that
 * changes only a profile's text keeps them.
 */
function getSuggesters(db: Database.Database): Suggesters {
  const list = getEntries(db);
  const held = heldSuggesters(list);
  if (held) return held;
  const key = suggestKeyOf(list, db.prepare(SUGGEST_KEY_SQL).get(...SUGGEST_KEY_PARAMS) as SuggestKeyRow | undefined);
  return suggestersOf(list, key, () => db.prepare(SUGGEST_ROWS_SQL).all() as SuggestSourceRow[]);
}

/**
 * Names and titles that start with what was typed, best first, one per entry, from the in-memory
 * suggestion index (lib/search/suggest-index.ts): its cost is bounded by the suggestions shown,
 * not by how many words the prefix matches.
 */
export function suggestFromIndex(db: Database.Database, q: string, limit: number): SuggestResponse {
  const parsed = parseQuery(q, { prefixLast: true, minPrefixLength: 2 });
  if (parsed.mode !== "code" && parsed.mode !== "text") return { query: q, items: [] };
  return suggestWith(getEntries(db), getSuggesters(db), q, limit);
}

/** The database-free part of suggestFromIndex (shared with the PostgreSQL engine). */
export function suggestWith(list: EntryList, suggesters: Suggesters, q: string, limit: number): SuggestResponse {
  const parsed = parseQuery(q, { prefixLast: true, minPrefixLength: 2 });
  if (parsed.mode !== "code" && parsed.mode !== "text") return { query: q, items: [] };
  // The parsed form is the key: "Za", "za " and "ZA" are one input.
  const key = `${limit}|${parsed.mode === "code" ? parsed.code : parsed.terms.map((t) => `${t.folded}${t.isPrefix ? "*" : ""}`).join(" ")}`;
  let items = suggesters.recent.get(key);
  if (items) {
    suggesters.recent.delete(key);
  } else {
    items = parsed.mode === "code" ? suggestCodes(list, suggesters.codes, parsed.code, limit) : suggestNames(list, suggesters.names, parsed.terms, limit);
    if (suggesters.recent.size >= MAX_RECENT_SUGGESTIONS) suggesters.recent.delete(suggesters.recent.keys().next().value!);
  }
  suggesters.recent.set(key, items);
  return { query: q, items };
}

function suggestCodes(list: EntryList, codes: CodeIndex, code: string, limit: number): Suggestion[] {
  return queryCodeIndex(codes, code, limit).map((id) => {
    const entry = list.byId.get(id)!;
    return toSuggestion(entry, entry.name, "name");
  });
}

function suggestNames(list: EntryList, names: SuggestIndex, terms: QueryTerm[], limit: number): Suggestion[] {
  return querySuggestIndex(names, terms, { limit, isShown: (id) => list.byId.has(id) }).map((h) => toSuggestion(list.byId.get(h.entryId)!, h.label, h.source));
}
