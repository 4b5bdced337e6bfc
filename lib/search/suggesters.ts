/**
 * The in-memory suggestion indexes of an entry list (lib/search/suggest-index.ts), kept across
 * index versions while the suggestion version has not moved. Every publish raises the index
 * version, but a profile's text is not what suggestions show: rebuilding the suggesters after each
 * publish was 140–290 ms at ×1 (~1 s at ×10) of the serving thread in one slice (ADR 0031). The
 * index builders (lib/search/index-builder.ts, lib/search/pg/index-builder.ts) move the suggestion
 * version only when what the suggesters hold changes: an entry's suggest_entry rows, or the columns
 * of search_entry a suggestion shows (SUGGEST_STATE_SQL).
 */
import type { Suggestion } from "@/lib/validation/search";
import { META_KEYS } from "@/lib/store/app-meta";
import type { EntryList } from "./entries";
import { keptAcrossVersions } from "./kept";
import { buildCodeIndex, buildSuggestIndex, type CodeIndex, type SuggestIndex, type SuggestSourceRow } from "./suggest-index";

export type Suggesters = {
  names: SuggestIndex;
  codes: CodeIndex;
  buildMilliseconds: number;
  /**
   * Answers to recent inputs: everyone types the same first letters ("za", "adm"), and the
   * shortest prefixes are the dearest (they merge the most postings). Part of the suggesters, so a
   * new suggestion version starts it empty; least recently used go first.
   */
  recent: Map<string, Suggestion[]>;
};

/** The same on both databases (the PostgreSQL engine, lib/search/pg/engine.ts, reads it through pg). */
export const SUGGEST_ROWS_SQL = `SELECT id AS rank, entry_id AS "entryId", source, text FROM suggest_entry ORDER BY id`;

/**
 * The index version and the suggestion version in one statement (one snapshot), on both databases
 * (parameters: SUGGEST_KEY_PARAMS).
 */
export const SUGGEST_KEY_SQL = `SELECT (SELECT value FROM "AppMeta" WHERE key = ?) AS "indexVersion", (SELECT value FROM "AppMeta" WHERE key = ?) AS "suggestVersion"`;

export const SUGGEST_KEY_PARAMS = [META_KEYS.indexVersion, META_KEYS.suggestVersion] as const;

export type SuggestKeyRow = { indexVersion: string | null; suggestVersion: string | null };

/**
 * The suggestion version the suggesters of `list` are built at, or null when the snapshot is not
 * the list's own index version (a write came between reading the list and this key): the code
 * index is built from the list, so such suggesters are used but not passed on.
 */
export function suggestKeyOf(list: EntryList, row: SuggestKeyRow | undefined): string | null {
  return (row?.indexVersion ?? "") === list.version ? (row?.suggestVersion ?? "") : null;
}

const kept = keptAcrossVersions<Suggesters>();

/** Called when `next` replaces `previous` as one database's entry list (lib/search/entries.ts). */
export function inheritSuggesters(previous: EntryList | undefined, next: EntryList): void {
  kept.inherit(previous, next);
}

/** The list's suggesters when its key has been checked already (nothing to read), else null. */
export function heldSuggesters(list: EntryList): Suggesters | null {
  return kept.held(list);
}

/** Whether suggestersOf(list, key, …) would build, so the rows must be read (the PostgreSQL engine reads them first). */
export function needsSuggestRows(list: EntryList, key: string | null): boolean {
  return kept.needsBuild(list, key);
}

/** The suggesters of `list` at suggestion version `key`: the predecessor's when it has not moved, else built from `readRows()`. */
export function suggestersOf(list: EntryList, key: string | null, readRows: () => SuggestSourceRow[]): Suggesters {
  return kept.get(list, key, () => buildSuggesters(list, readRows));
}

function buildSuggesters(list: EntryList, readRows: () => SuggestSourceRow[]): Suggesters {
  const started = performance.now();
  const rows = readRows();
  const names = buildSuggestIndex(rows);
  const codes = buildCodeIndex(list.inCodeOrder.filter((e) => e.kind === "occupation"));
  return { names, codes, buildMilliseconds: Math.round(performance.now() - started), recent: new Map() };
}
