/**
 * Search and suggestions on PostgreSQL: the twin of lib/search/engine.ts. Ranking, facets,
 * snippets and the code-prefix mode are the shared code of that file; only the text match and the
 * reads differ.
 *
 * The match mirrors the FTS5 expression (lib/search/query.ts): every word must match (or, with
 * `anyTerm`, one of them), either as the folded word in exact_doc or as its stem in stem_doc; the
 * word being typed also matches as a prefix. Rank: per word, its idf × (ts_rank over exact_doc plus
 * 0.6 × ts_rank over stem_doc), weights name (A) > titles (B) > tasks (C) > description (D), as the
 * bm25 weights on SQLite.
 *
 * Safety: words are cut by the same tokenizer as the index and hold only letters and digits, each
 * is written as a quoted tsquery operand, and the whole tsquery text is a bound parameter.
 */
import type { SearchQuery, SearchResponse, SuggestResponse } from "@/lib/validation/search";
import type { PgQueryable } from "@/lib/db/pg";
import {
  cachedSources,
  finishSearch,
  matchAttempts,
  noTextMatch,
  pageOf,
  planSearch,
  rememberSources,
  scoreAttempt,
  suggestWith,
  type MatchAttempt,
  type TextMatch,
} from "../engine";
import type { LexiconIndex, LexiconTermRow } from "@/lib/lexicon/match";
import { nameHoldsAll } from "../ranking";
import {
  LEXICON_KEY_PARAMS,
  LEXICON_KEY_SQL,
  LEXICON_ROWS_SQL,
  expandQuery,
  heldLexicon,
  inheritLexicon,
  lexiconFor,
  lexiconKeyOf,
  mergeExpansion,
  needsLexiconRows,
  polishTermsOf,
  type LexiconKeyRow,
} from "../expansion";
import { ENTRY_LIST_SQL, toEntryList, type EntryList, type EntryRow } from "../entries";
import { hasUsefulStem, type QueryTerm } from "../query";
import type { SuggestSourceRow } from "../suggest-index";
import {
  SUGGEST_KEY_PARAMS,
  SUGGEST_KEY_SQL,
  SUGGEST_ROWS_SQL,
  heldSuggesters,
  inheritSuggesters,
  needsSuggestRows,
  suggestKeyOf,
  suggestersOf,
  type SuggestKeyRow,
  type Suggesters,
} from "../suggesters";
import type { SnippetSource } from "../snippet";
import { readIndexVersionPg } from "@/lib/store/pg/app-meta";
import { numberedParams } from "@/lib/store/app-meta";

/** ts_rank weights {D, C, B, A}: description, tasks, titles, name (bm25's 1, 2, 5, 10 on SQLite, scaled). */
const RANK_WEIGHTS = "{0.1, 0.2, 0.5, 1.0}";
/** The stemmed columns count 0.6 of the exact ones, as on SQLite (6, 3, 1.2, 0.6 against 10, 5, 2, 1). */
const STEM_FACTOR = 0.6;
/** Divide by 1 + log(length): a long description repeating a word should not outrank a name (bm25 normalises length too). */
const RANK_NORMALIZATION = 0;

const isSafeWord = (w: string) => /^[\p{L}\p{N}]+$/u.test(w);
const operand = (word: string, isPrefix = false) => `'${word}'${isPrefix ? ":*" : ""}`;

/** The tsquery texts of one word: on exact_doc, and on stem_doc (null when it has no useful stem and is no prefix). */
function termQueries(term: QueryTerm): { exact: string; stem: string | null } | null {
  if (!isSafeWord(term.folded) || !isSafeWord(term.stem)) return null;
  const stemParts: string[] = [];
  if (hasUsefulStem(term)) stemParts.push(operand(term.stem));
  if (term.isPrefix) stemParts.push(operand(term.folded, true));
  return { exact: operand(term.folded, term.isPrefix), stem: stemParts.length ? stemParts.join(" | ") : null };
}

/**
 * One SQL query for one attempt: ids with their rank (negated: lower is better, like bm25).
 * ts_rank knows nothing of how rare a word is, which bm25 weighs most ("kampanii marketingowej":
 * the rarer word decides). So each word's ts_rank is multiplied by its bm25 idf, counted over the
 * index in the same query (one GIN lookup per word).
 */
function buildMatchQuery(attempt: MatchAttempt, totalEntries: number): { sql: string; params: (string | number)[] } | null {
  const queries = attempt.terms.map(termQueries).filter((q): q is NonNullable<ReturnType<typeof termQueries>> => q !== null);
  if (queries.length === 0) return null;
  const params: (string | number)[] = [totalEntries];
  const param = (value: string) => {
    params.push(value);
    return `to_tsquery('atlas_simple', $${params.length})`;
  };
  const conditions: string[] = [];
  const ranks: string[] = [];
  const idfs: string[] = [];
  for (const q of queries) {
    const exact = param(q.exact);
    const stem = q.stem ? param(q.stem) : null;
    const matches = `(exact_doc @@ ${exact}${stem ? ` OR stem_doc @@ ${stem}` : ""})`;
    conditions.push(matches);
    const idf = `ln(1 + ($1 - df + 0.5) / (df + 0.5)) FROM (SELECT COUNT(*)::float8 AS df FROM search_entry WHERE ${matches}) AS d`;
    const rank = `ts_rank('${RANK_WEIGHTS}', exact_doc, ${exact}, ${RANK_NORMALIZATION})${stem ? ` + ${STEM_FACTOR} * ts_rank('${RANK_WEIGHTS}', stem_doc, ${stem}, ${RANK_NORMALIZATION})` : ""}`;
    ranks.push(`(SELECT ${idf}) * (${rank})`);
    idfs.push(`(SELECT ${idf})`);
  }
  // The words side by side, as typed ("kampanii marketingowej" in one task), count once more:
  // bm25 favours the entry where both rare words meet, ts_rank alone a long name with one of them.
  if (queries.length > 1 && !attempt.anyTerm) {
    const phrase = param(queries.map((q) => q.exact).join(" <-> "));
    ranks.push(`(${idfs.join(" + ")}) * ts_rank('${RANK_WEIGHTS}', exact_doc, ${phrase}, ${RANK_NORMALIZATION})`);
  }
  const sql = `SELECT id, -(${ranks.join(" + ")}) AS rank FROM search_entry WHERE ${conditions.join(attempt.anyTerm ? " OR " : " AND ")}`;
  return { sql, params };
}

async function runMatch(db: PgQueryable, list: EntryList, attempt: MatchAttempt): Promise<{ id: number; rank: number }[]> {
  const query = buildMatchQuery(attempt, list.byId.size);
  if (!query) return [];
  const { rows } = await db.query<{ id: number; rank: number }>(query.sql, query.params);
  return rows;
}

/** Entry lists per pool, re-read when the index version moves (an import by another instance or the CLI). */
const cache = new WeakMap<object, EntryList>();

async function getEntriesPg(db: PgQueryable): Promise<EntryList> {
  const version = await readIndexVersionPg(db);
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached;
  const { rows } = await db.query<EntryRow>(ENTRY_LIST_SQL);
  const list = toEntryList(version, rows);
  inheritLexicon(cached, list);
  inheritSuggesters(cached, list);
  cache.set(db, list);
  return list;
}

async function textCandidates(db: PgQueryable, list: EntryList, terms: QueryTerm[]): Promise<TextMatch> {
  for (const attempt of matchAttempts(terms)) {
    const match = scoreAttempt(list, terms, attempt, await runMatch(db, list, attempt));
    if (match) return match;
  }
  return noTextMatch(terms);
}

/** The text match, widened through the lexicon (lib/search/expansion.ts), as on SQLite. */
async function expandedCandidates(db: PgQueryable, list: EntryList, terms: QueryTerm[]): Promise<TextMatch> {
  const expansion = expandQuery(await lexiconOfPg(db, list), terms);
  const polishTerms = polishTermsOf(expansion);
  return mergeExpansion(list, await textCandidates(db, list, terms), expansion, polishTerms && (await textCandidates(db, list, polishTerms)), (e) =>
    nameHoldsAll(e, terms),
  );
}

/** As on SQLite (lib/search/expansion.ts): the key read once per list, the rows only when the index must be built. */
async function lexiconOfPg(db: PgQueryable, list: EntryList): Promise<LexiconIndex> {
  const held = heldLexicon(list);
  if (held) return held;
  const key = lexiconKeyOf((await db.query<LexiconKeyRow>(numberedParams(LEXICON_KEY_SQL), [...LEXICON_KEY_PARAMS])).rows[0]);
  const rows = needsLexiconRows(list, key) ? (await db.query<LexiconTermRow>(LEXICON_ROWS_SQL)).rows : [];
  return lexiconFor(list, key, () => rows);
}

async function readSources(db: PgQueryable, list: EntryList, ids: number[]): Promise<Map<number, SnippetSource>> {
  const { found, missing } = cachedSources(list, ids);
  if (missing.length > 0) {
    const { rows } = await db.query<SnippetSource & { id: number }>(`SELECT id, titles, tasks, description FROM search_entry WHERE id = ANY($1)`, [missing]);
    rememberSources(list, found, rows);
  }
  return found;
}

export async function searchIndexPg(db: PgQueryable, request: SearchQuery): Promise<SearchResponse> {
  const list = await getEntriesPg(db);
  const plan = planSearch(list, request);
  let match: Pick<TextMatch, "isPartial" | "terms" | "leadOnly"> = { isPartial: false, terms: [] };
  if (plan.textTerms) {
    const text = await expandedCandidates(db, list, plan.textTerms);
    plan.candidates = text;
    match = text;
  }
  const page = pageOf(list, request, plan);
  const sources = await readSources(
    db,
    list,
    page.pageItems.map((e) => e.id),
  );
  return finishSearch(request, plan, match, page, sources);
}

/**
 * Suggestions from the same in-memory index as on SQLite (lib/search/suggest-index.ts), built from
 * the rows of suggest_entry, kept while the suggestion version has not moved (lib/search/suggesters.ts).
 */
export async function suggestFromIndexPg(db: PgQueryable, q: string, limit: number): Promise<SuggestResponse> {
  const list = await getEntriesPg(db);
  return suggestWith(list, await suggestersOfPg(db, list), q, limit);
}

/** As on SQLite: the key read once per list, the rows only when the suggesters must be built. */
async function suggestersOfPg(db: PgQueryable, list: EntryList): Promise<Suggesters> {
  const held = heldSuggesters(list);
  if (held) return held;
  const key = suggestKeyOf(list, (await db.query<SuggestKeyRow>(numberedParams(SUGGEST_KEY_SQL), [...SUGGEST_KEY_PARAMS])).rows[0]);
  const rows = needsSuggestRows(list, key) ? (await db.query<SuggestSourceRow>(SUGGEST_ROWS_SQL)).rows : [];
  return suggestersOf(list, key, () => rows);
}
