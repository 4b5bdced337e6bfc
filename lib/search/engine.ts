/**
 * Search and suggestions over the index, given a better-sqlite3 connection (lib/data/search.ts
 * passes the app's; tests pass their own file). No Next, no Prisma: FTS5 is outside Prisma.
 */
import type Database from "better-sqlite3";
import type { SearchFilters, SearchItem, SearchQuery, SearchResponse, Suggestion, SuggestResponse } from "@/lib/validation/search";
import { getEntries, type Entry, type EntryList } from "./entries";
import { filterAndCount, hasActiveFilter } from "./facets";
import { buildSearchMatch, buildSuggestMatch, parseQuery, STOPWORDS, type QueryTerm } from "./query";
import { buildSnippet, leadSnippet, type SnippetSource } from "./snippet";
import { stemWord } from "./stem";

/**
 * bm25 weight of each search_fts column: name > titles > tasks > description, and the exact
 * text above its stemmed copy, so "administrator" outranks "administratorzy" for "administrator".
 */
const BM25_WEIGHTS = [10, 5, 2, 1, 6, 3, 1.2, 0.6];

type Statements = {
  match: Database.Statement;
  sources: Database.Statement;
  suggest: Database.Statement;
};
const statementCache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements {
  let s = statementCache.get(db);
  if (!s) {
    s = {
      match: db.prepare(`SELECT rowid AS id, bm25(search_fts, ${BM25_WEIGHTS.join(", ")}) AS rank FROM search_fts WHERE search_fts MATCH ?`),
      sources: db.prepare(`SELECT id, titles, tasks, description FROM search_entry WHERE id IN (SELECT value FROM json_each(?))`),
      suggest: db.prepare(
        `SELECT s.entry_id AS entryId, s.source, s.text FROM suggest_fts f JOIN suggest_entry s ON s.id = f.rowid
         WHERE suggest_fts MATCH ? ORDER BY f.rowid LIMIT ?`,
      ),
    };
    statementCache.set(db, s);
  }
  return s;
}

type Scored = Entry & { score: number };

/** Stems of the meaningful words of a name, space-separated: the key of the exact-name boost. */
const nameKeyCache = new WeakMap<Entry, string>();
function nameKey(entry: Entry): string {
  let key = nameKeyCache.get(entry);
  if (key === undefined) {
    key = entry.foldedName
      .split(" ")
      .filter((w) => w && !STOPWORDS.has(w))
      .map(stemWord)
      .join(" ");
    nameKeyCache.set(entry, key);
  }
  return key;
}

/**
 * bm25 knows nothing of "this is the name itself": an entry called exactly what was typed
 * ("Spawacz" for "spawacz", "Pielęgniarka" for "pielęgniarki") goes first, a name that starts
 * with the words next.
 */
function nameBoost(entry: Entry, queryKey: string, queryStems: string[]): number {
  const key = nameKey(entry);
  if (key === queryKey) return 6;
  if (key.startsWith(queryKey + " ")) return 2;
  // Every word in the name, in any order ("poczty administrator"): above a match spread over titles.
  const words = key.split(" ");
  if (queryStems.every((s) => words.includes(s))) return 1.5;
  if (words[0] === queryStems[0]) return 1.2;
  return 1;
}

/** Runs a MATCH; an FTS5 syntax error (which query building should make impossible) is logged and gives no rows, never a 500. */
function runMatch(db: Database.Database, match: string): { id: number; rank: number }[] {
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

type TextMatch = { candidates: Scored[]; isPartial: boolean; terms: QueryTerm[] };

/**
 * Whole words first; only when they match nothing is the last word read as a prefix (a word cut
 * short: "kierowca autob"), and only then are entries with some of the words shown. Most
 * submitted queries are whole words, and the prefix expansion is most of the cost of a query.
 */
function textCandidates(db: Database.Database, list: EntryList, terms: QueryTerm[]): TextMatch {
  const queryStems = terms.map((t) => t.stem).filter((s) => !STOPWORDS.has(s));
  const queryKey = queryStems.join(" ");
  const score = (rows: { id: number; rank: number }[]): Scored[] =>
    rows.flatMap((r) => {
      const entry = list.byId.get(r.id);
      return entry ? [{ ...entry, score: -r.rank * nameBoost(entry, queryKey, queryStems) }] : [];
    });
  const wholeWords = terms.map((t) => ({ ...t, isPrefix: false }));
  const attempts: { terms: QueryTerm[]; anyTerm: boolean }[] = [{ terms: wholeWords, anyTerm: false }];
  if (terms.some((t) => t.isPrefix)) attempts.push({ terms, anyTerm: false });
  // No entry has every word: show those with some of them rather than nothing.
  if (terms.length > 1) attempts.push({ terms, anyTerm: true });

  for (const attempt of attempts) {
    const candidates = score(runMatch(db, buildSearchMatch(attempt.terms, { anyTerm: attempt.anyTerm })));
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => b.score - a.score || (a.code ?? "~").localeCompare(b.code ?? "~") || a.id - b.id);
    return { candidates, isPartial: attempt.anyTerm, terms: attempt.terms };
  }
  return { candidates: [], isPartial: false, terms };
}

function codeCandidates(list: EntryList, code: string): Scored[] {
  // inCodeOrder is the tree read top-down, so the entry itself comes first, then its descendants.
  return list.inCodeOrder.filter((e) => e.code !== null && e.code.startsWith(code)).map((e) => ({ ...e, score: 1 / (1 + (e.code!.length - code.length)) }));
}

function toItem(entry: Scored, snippet: SearchItem["snippet"]): SearchItem {
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
    score: Math.round(entry.score * 1000) / 1000,
  };
}

function readSources(db: Database.Database, ids: number[]): Map<number, SnippetSource> {
  if (ids.length === 0) return new Map();
  const rows = statements(db).sources.all(JSON.stringify(ids)) as (SnippetSource & { id: number })[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function searchIndex(db: Database.Database, request: SearchQuery): SearchResponse {
  const { q, page, pageSize, ...rest } = request;
  const filters: SearchFilters = rest;
  const list = getEntries(db);
  const parsed = parseQuery(q, { prefixLast: true, minPrefixLength: 3 });

  let mode: SearchResponse["mode"];
  let candidates: Scored[];
  let isPartial = false;
  let terms: QueryTerm[] = [];
  let effective = filters;

  if (parsed.mode === "code") {
    mode = "code";
    candidates = codeCandidates(list, parsed.code);
    // The code is the prefix filter too, so the facet drills down from it.
    if (!filters.prefix || parsed.code.startsWith(filters.prefix)) effective = { ...filters, prefix: parsed.code };
  } else if (parsed.mode === "text") {
    mode = "text";
    ({ candidates, isPartial, terms } = textCandidates(db, list, parsed.terms));
  } else {
    // Nothing to search for: filters alone browse the list; without any, only the facets are shown.
    mode = parsed.mode === "empty" && hasActiveFilter(filters) ? "browse" : parsed.mode;
    candidates = list.inCodeOrder.map((e) => ({ ...e, score: 0 }));
  }

  const { matches, facets } = filterAndCount(candidates, effective, list.nameByCode);
  const shown = mode === "empty" || mode === "too-short" ? [] : matches;
  const pageItems = shown.slice((page - 1) * pageSize, page * pageSize);
  const sources = readSources(
    db,
    pageItems.map((e) => e.id),
  );
  const items = pageItems.map((entry) => {
    const source = sources.get(entry.id);
    const snippet = source ? (terms.length ? buildSnippet(source, terms) : leadSnippet(source)) : null;
    return toItem(entry, snippet);
  });
  return { query: q, mode, isPartial, items, total: shown.length, page, pageSize, facets };
}

function toSuggestion(entry: Entry, label: string, source: string): Suggestion {
  return { code: entry.code, positionId: entry.positionId, name: entry.name, label, source, kind: entry.kind, level: entry.level };
}

/**
 * Names and titles that start with what was typed, best first, one per entry. Two bounded reads:
 * first names whose first word matches, then any word; each stops after a few rows because the
 * suggest index is stored in static-rank order.
 */
export function suggestFromIndex(db: Database.Database, q: string, limit: number): SuggestResponse {
  const parsed = parseQuery(q, { prefixLast: true, minPrefixLength: 2 });
  const list = getEntries(db);
  if (parsed.mode === "code") {
    const items = list.inCodeOrder
      .filter((e) => e.kind === "occupation" && e.code!.startsWith(parsed.code))
      .sort((a, b) => a.code!.length - b.code!.length || a.code!.localeCompare(b.code!))
      .slice(0, limit)
      .map((e) => toSuggestion(e, e.name, "name"));
    return { query: q, items };
  }
  if (parsed.mode !== "text") return { query: q, items: [] };

  const seen = new Set<number>();
  const items: Suggestion[] = [];
  for (const anchored of [true, false]) {
    const match = buildSuggestMatch(parsed.terms, { anchored });
    let rows: { entryId: number; source: string; text: string }[];
    try {
      rows = statements(db).suggest.all(match, limit * 5) as typeof rows;
    } catch (error) {
      console.error("suggest: FTS5 rejected a MATCH expression", { match, message: (error as Error).message });
      return { query: q, items: [] };
    }
    for (const row of rows) {
      const entry = list.byId.get(row.entryId);
      if (!entry || seen.has(row.entryId)) continue;
      seen.add(row.entryId);
      items.push(toSuggestion(entry, row.text, row.source));
      if (items.length >= limit) return { query: q, items };
    }
  }
  return { query: q, items };
}
