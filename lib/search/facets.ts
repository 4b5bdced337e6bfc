/**
 * Filters and facet counts over the matched entries. Pure.
 *
 * Each facet counts the entries that pass every *other* filter, so the counts beside a facet's
 * values say what choosing that value would give (the selected value of a facet does not hide
 * its siblings). The code-prefix facet drills down instead: it counts the groups one level below
 * the selected prefix.
 */
import { OCCUPATION_LEVELS, type OccupationLevel } from "@/lib/validation/occupation";
import { SEARCH_KIND_BUCKETS, type FacetBucket, type SearchFacets, type SearchFilters, type SearchKindBucket } from "@/lib/validation/search";
import type { Entry } from "./entries";

const DIMENSIONS = ["prefix", "level", "kind", "lang", "vocational", "profile"] as const;
type Dimension = (typeof DIMENSIONS)[number];

const PROFILE_BUCKET = SEARCH_KIND_BUCKETS.indexOf("profile");
const CLASSIFICATION_BUCKET = SEARCH_KIND_BUCKETS.indexOf("classification");

export function kindBucket(entry: Entry): SearchKindBucket {
  if (entry.kind === "occupation") return entry.hasProfile ? "profile" : "classification";
  return entry.kind;
}

const activeDimensions = (filters: SearchFilters) => DIMENSIONS.filter((d) => filters[d] !== undefined && filters[d] !== false);

export function hasActiveFilter(filters: SearchFilters): boolean {
  return activeDimensions(filters).length > 0;
}

/** Code length of the groups one level below a prefix: 1 → 2 → 3 → 4 → 6 (there is no 5-digit level). */
export function childCodeLength(prefixLength: number): number | null {
  if (prefixLength >= 6) return null;
  return prefixLength === 4 ? 6 : prefixLength + 1;
}

export type FilterResult<T extends Entry> = { matches: T[]; facets: SearchFacets };

/**
 * The facet values of a list of entries as small numbers in typed arrays, built once per list (the
 * engine's lists are cached per index version). The counting pass over a broad query's thousands
 * of matches reads these instead of each entry object: the objects lie scattered over the heap,
 * and fetching them was most of that pass (15 % of a search request's CPU at ×10, ADR 0023).
 */
type FacetTable = {
  /** Index in OCCUPATION_LEVELS + 1; 0 for none. */
  level: Uint8Array;
  /** Index in SEARCH_KIND_BUCKETS. */
  kind: Uint8Array;
  /** Index in `languages`. */
  lang: Uint8Array;
  languages: string[];
  /** 1 vocational, 2 has a profile. */
  flags: Uint8Array;
  /** Index in `majors` + 1 (the code's first character: its major group, the code facet's buckets when no prefix is selected); 0 for no code. */
  major: Uint8Array;
  majors: string[];
};
const VOCATIONAL = 1;
const PROFILE = 2;

/** The index of `value` in `values`, added at the end when new (a facet has a handful of values). */
function indexIn(values: string[], value: string): number {
  const i = values.indexOf(value);
  return i >= 0 ? i : values.push(value) - 1;
}

const tables = new WeakMap<readonly Entry[], FacetTable>();
function facetTable(entries: readonly Entry[]): FacetTable {
  let table = tables.get(entries);
  if (table) return table;
  const n = entries.length;
  table = {
    level: new Uint8Array(n),
    kind: new Uint8Array(n),
    lang: new Uint8Array(n),
    languages: [],
    flags: new Uint8Array(n),
    major: new Uint8Array(n),
    majors: [],
  };
  for (let p = 0; p < n; p++) {
    const entry = entries[p]!;
    table.level[p] = entry.level === null ? 0 : OCCUPATION_LEVELS.indexOf(entry.level) + 1;
    table.kind[p] = SEARCH_KIND_BUCKETS.indexOf(kindBucket(entry));
    table.lang[p] = indexIn(table.languages, entry.language);
    table.flags[p] = (entry.isVocational ? VOCATIONAL : 0) | (entry.hasProfile ? PROFILE : 0);
    table.major[p] = entry.code ? indexIn(table.majors, entry.code[0]!) + 1 : 0;
  }
  tables.set(entries, table);
  return table;
}

/** Applies the filters to `candidates` (order kept) and counts the facets. */
export function filterAndCount<T extends Entry>(candidates: T[], filters: SearchFilters, nameByCode: Map<string, string>): FilterResult<T> {
  const { passed, facets } = filterAndCountAt(candidates, null, filters, nameByCode);
  return { matches: passed.map((i) => candidates[i]!), facets };
}

/**
 * The same over some entries of a list, given by their places in it (`at`; null for all of them,
 * in order): the indexes into `at` of those that pass, and the facets. For a ranked match, whose
 * positions and scores sit in typed arrays side by side.
 */
export function filterAndCountAt(
  entries: readonly Entry[],
  at: ArrayLike<number> | null,
  filters: SearchFilters,
  nameByCode: Map<string, string>,
): { passed: number[]; facets: SearchFacets } {
  const table = facetTable(entries);
  const passed: number[] = [];
  const levelCounts = new Array<number>(OCCUPATION_LEVELS.length + 1).fill(0);
  const kindCounts = new Array<number>(SEARCH_KIND_BUCKETS.length).fill(0);
  const langCounts = new Array<number>(table.languages.length).fill(0);
  const majorCounts = new Array<number>(table.majors.length + 1).fill(0);
  // The code facet below a selected prefix: the children's codes (counted over that group only).
  const children = new Map<string, number>();
  let vocational = 0;
  let profile = 0;
  const childLength = childCodeLength(filters.prefix?.length ?? 0);
  // Each filter as the test of one column; only the filters set are tested: with none (most
  // queries), every candidate passes at once.
  const wanted = {
    level: filters.level ? OCCUPATION_LEVELS.indexOf(filters.level) + 1 : -1,
    kind: filters.kind && filters.kind !== "occupation" ? SEARCH_KIND_BUCKETS.indexOf(filters.kind) : -1,
    lang: filters.lang ? table.languages.indexOf(filters.lang) : -1,
  };
  const isKzisKind = (p: number) => table.kind[p] === PROFILE_BUCKET || table.kind[p] === CLASSIFICATION_BUCKET;
  const passes = (p: number, dim: Dimension): boolean => {
    switch (dim) {
      case "prefix":
        return entries[p]!.code?.startsWith(filters.prefix!) ?? false;
      case "level":
        return table.level[p] === wanted.level;
      case "kind":
        return filters.kind === "occupation" ? isKzisKind(p) : table.kind[p] === wanted.kind;
      case "lang":
        return table.lang[p] === wanted.lang;
      case "vocational":
        return (table.flags[p]! & VOCATIONAL) !== 0;
      case "profile":
        return (table.flags[p]! & PROFILE) !== 0;
    }
  };
  const active = activeDimensions(filters);
  const count = at === null ? entries.length : at.length;

  for (let k = 0; k < count; k++) {
    const p = at === null ? k : at[k]!;
    let failed: Dimension | null = null;
    let failures = 0;
    for (const dim of active) {
      if (!passes(p, dim)) {
        failed = dim;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      passed.push(k);
      // Drill-down: the code buckets are the selected group's children, so they count only entries inside it.
      if (childLength === 1) majorCounts[table.major[p]!]!++;
      else if (childLength !== null) {
        const code = entries[p]!.code;
        if (code !== null && code.length >= childLength) {
          const child = code.slice(0, childLength);
          children.set(child, (children.get(child) ?? 0) + 1);
        }
      }
    }
    if (failures === 0 || failed === "level") levelCounts[table.level[p]!]!++;
    if (failures === 0 || failed === "kind") kindCounts[table.kind[p]!]!++;
    if (failures === 0 || failed === "lang") langCounts[table.lang[p]!]!++;
    const flags = table.flags[p]!;
    if (flags & VOCATIONAL && (failures === 0 || failed === "vocational")) vocational++;
    if (flags & PROFILE && (failures === 0 || failed === "profile")) profile++;
  }

  /** A facet's values with their counts: in `order` when the facet has one, else most first; a selected value is kept even when it counts none. */
  const buckets = (values: readonly string[], counts: number[], order: "given" | "by-count", selected: string | undefined): FacetBucket[] => {
    const counted = values.map((value, i) => ({ value, count: counts[i]! }));
    const shown = counted.filter((b) => b.count > 0 || b.value === selected);
    if (order === "by-count") shown.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    if (selected && !shown.some((b) => b.value === selected)) shown.push({ value: selected, count: 0 });
    return shown;
  };

  const prefixPath = filters.prefix ? ancestorsAndSelf(filters.prefix).map((code) => ({ code, label: nameByCode.get(code) ?? code })) : [];
  return {
    passed,
    facets: {
      prefix: {
        selected: filters.prefix ?? null,
        path: prefixPath,
        buckets: (childLength === 1
          ? buckets(table.majors, majorCounts.slice(1), "given", undefined)
          : Array.from(children, ([value, count]) => ({ value, count }))
        )
          .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
          .map(({ value, count }) => ({ value, count, label: nameByCode.get(value) ?? value })),
      },
      level: buckets(OCCUPATION_LEVELS, levelCounts.slice(1), "given", filters.level satisfies OccupationLevel | undefined),
      kind: buckets(SEARCH_KIND_BUCKETS, kindCounts, "given", filters.kind === "occupation" ? undefined : filters.kind),
      language: buckets(table.languages, langCounts, "by-count", filters.lang),
      profile,
      vocational,
    },
  };
}

/** "351402" → ["3", "35", "351", "3514", "351402"]. */
function ancestorsAndSelf(prefix: string): string[] {
  return [...[1, 2, 3, 4].filter((n) => n < prefix.length).map((n) => prefix.slice(0, n)), prefix];
}
