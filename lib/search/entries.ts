/**
 * The list of indexed entries (code, kind, level, flags, name), kept in memory per connection.
 * Filters, facets and code-prefix queries then run over a few thousand small objects instead of
 * joining the index to its content table on every query. It is re-read when the index version
 * (lib/store/app-meta.ts) moves.
 */
import type Database from "better-sqlite3";
import type { OccupationLevel } from "@/lib/validation/occupation";
import type { EntryKind } from "./documents";
import { readIndexVersionSqlite as readIndexVersion } from "@/lib/store/sqlite/app-meta";
import type { SnippetSource } from "./snippet";
import { inheritLexicon } from "./expansion";
import { inheritSuggesters } from "./suggesters";
import { foldedWords } from "./tokens";

export type Entry = {
  id: number;
  code: string | null;
  positionId: number | null;
  level: OccupationLevel | null;
  kind: EntryKind;
  language: string;
  hasProfile: boolean;
  isVocational: boolean;
  name: string;
  /** Folded words of the name, space-separated: for the exact-name boost. */
  foldedName: string;
};

export type EntryList = {
  version: string;
  byId: Map<number, Entry>;
  /** KZiS entries and linked positions in code order (the hierarchy read top-down), then unlinked positions. */
  inCodeOrder: Entry[];
  /**
   * Each entry's place in inCodeOrder: the ranking (lib/search/ranking.ts) keeps matches as these
   * numbers in typed arrays, and the smaller one is also the tie-break (code order).
   */
  positionById: Map<number, number>;
  /** Names of the KZiS entries, for facet labels. */
  nameByCode: Map<string, string>;
  /**
   * The text columns of recently shown entries, for snippets (lib/search/engine.ts fills it).
   * Part of the list, so a new index version drops it too.
   */
  recentSources: Map<number, SnippetSource>;
};

export type EntryRow = {
  id: number;
  code: string | null;
  position_id: number | null;
  level: string | null;
  kind: string;
  language: string;
  has_profile: number;
  is_vocational: number;
  name: string;
};

const cache = new WeakMap<Database.Database, EntryList>();

function compareByCode(a: Entry, b: Entry): number {
  if (a.code === null || b.code === null) return a.code === b.code ? a.id - b.id : a.code === null ? 1 : -1;
  // Positions come after the KZiS entry they are linked to.
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.id - b.id;
}

export function getEntries(db: Database.Database): EntryList {
  const version = readIndexVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached;

  const rows = db.prepare(ENTRY_LIST_SQL).all() as EntryRow[];
  const list = toEntryList(version, rows);
  inheritLexicon(cached, list);
  inheritSuggesters(cached, list);
  cache.set(db, list);
  return list;
}

/** The same on both databases: the entry list is plain columns of search_entry. */
export const ENTRY_LIST_SQL = `SELECT id, code, position_id, level, kind, language, has_profile, is_vocational, name FROM search_entry`;

/** Pure: the in-memory list from the rows of search_entry (shared with lib/search/pg/engine.ts). */
export function toEntryList(version: string, rows: EntryRow[]): EntryList {
  // The database gives each row its own copy of "pl" or "occupation": one shared string per value
  // makes the facet counts (lib/search/facets.ts) compare references instead of characters.
  const strings = new Map<string, string>();
  const shared = <T extends string>(value: T): T => {
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  const entries = rows.map((r): Entry => ({
    id: r.id,
    code: r.code,
    positionId: r.position_id,
    level: r.level === null ? null : shared(r.level as OccupationLevel),
    kind: shared(r.kind as EntryKind),
    language: shared(r.language),
    hasProfile: r.has_profile === 1,
    isVocational: r.is_vocational === 1,
    name: r.name,
    foldedName: foldedWords(r.name).join(" "),
  }));
  const inCodeOrder = [...entries].sort(compareByCode);
  const list: EntryList = {
    version,
    byId: new Map(entries.map((e) => [e.id, e])),
    inCodeOrder,
    positionById: new Map(inCodeOrder.map((e, i) => [e.id, i])),
    nameByCode: new Map(entries.filter((e) => e.kind === "occupation" && e.code).map((e) => [e.code!, e.name])),
    recentSources: new Map(),
  };
  return list;
}
