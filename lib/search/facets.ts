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

export function kindBucket(entry: Entry): SearchKindBucket {
  if (entry.kind === "occupation") return entry.hasProfile ? "profile" : "classification";
  return entry.kind;
}

function passes(entry: Entry, dim: Dimension, filters: SearchFilters): boolean {
  switch (dim) {
    case "prefix":
      return !filters.prefix || (entry.code !== null && entry.code.startsWith(filters.prefix));
    case "level":
      return !filters.level || entry.level === filters.level;
    case "kind":
      if (!filters.kind) return true;
      if (filters.kind === "occupation") return entry.kind === "occupation";
      return kindBucket(entry) === filters.kind;
    case "lang":
      return !filters.lang || entry.language === filters.lang;
    case "vocational":
      return !filters.vocational || entry.isVocational;
    case "profile":
      return !filters.profile || entry.hasProfile;
  }
}

export function hasActiveFilter(filters: SearchFilters): boolean {
  return DIMENSIONS.some((d) => filters[d] !== undefined && filters[d] !== false);
}

/** Code length of the groups one level below a prefix: 1 → 2 → 3 → 4 → 6 (there is no 5-digit level). */
export function childCodeLength(prefixLength: number): number | null {
  if (prefixLength >= 6) return null;
  return prefixLength === 4 ? 6 : prefixLength + 1;
}

type Counter = Map<string, number>;
const bump = (counter: Counter, key: string) => counter.set(key, (counter.get(key) ?? 0) + 1);

export type FilterResult<T extends Entry> = { matches: T[]; facets: SearchFacets };

/** Applies the filters to `candidates` (order kept) and counts the facets. */
export function filterAndCount<T extends Entry>(candidates: T[], filters: SearchFilters, nameByCode: Map<string, string>): FilterResult<T> {
  const matches: T[] = [];
  const counts = { prefix: new Map(), level: new Map(), kind: new Map(), lang: new Map() } satisfies Record<string, Counter>;
  let vocational = 0;
  let profile = 0;
  const childLength = childCodeLength(filters.prefix?.length ?? 0);

  for (const entry of candidates) {
    let failed: Dimension | null = null;
    let failures = 0;
    for (const dim of DIMENSIONS) {
      if (!passes(entry, dim, filters)) {
        failed = dim;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    const countsIn = (dim: Dimension) => failures === 0 || failed === dim;
    if (failures === 0) matches.push(entry);
    // Drill-down: the code buckets are the selected group's children, so they count only entries inside it.
    if (failures === 0 && childLength !== null && entry.code !== null && entry.code.length >= childLength)
      bump(counts.prefix, entry.code.slice(0, childLength));
    if (countsIn("level") && entry.level) bump(counts.level, entry.level);
    if (countsIn("kind")) bump(counts.kind, kindBucket(entry));
    if (countsIn("lang")) bump(counts.lang, entry.language);
    if (countsIn("vocational") && entry.isVocational) vocational++;
    if (countsIn("profile") && entry.hasProfile) profile++;
  }

  const buckets = (counter: Counter, order: readonly string[] | null, selected: string | undefined): FacetBucket[] => {
    const keys = order
      ? order.filter((k) => counter.has(k) || k === selected)
      : [...counter.keys()].sort((a, b) => (counter.get(b) ?? 0) - (counter.get(a) ?? 0) || a.localeCompare(b));
    if (selected && !keys.includes(selected)) keys.push(selected);
    return keys.map((value) => ({ value, count: counter.get(value) ?? 0 }));
  };

  const prefixPath = filters.prefix ? ancestorsAndSelf(filters.prefix).map((code) => ({ code, label: nameByCode.get(code) ?? code })) : [];
  return {
    matches,
    facets: {
      prefix: {
        selected: filters.prefix ?? null,
        path: prefixPath,
        buckets: [...counts.prefix.keys()].sort().map((value) => ({ value, count: counts.prefix.get(value) ?? 0, label: nameByCode.get(value) ?? value })),
      },
      level: buckets(counts.level, OCCUPATION_LEVELS, filters.level satisfies OccupationLevel | undefined),
      kind: buckets(counts.kind, SEARCH_KIND_BUCKETS, filters.kind === "occupation" ? undefined : filters.kind),
      language: buckets(counts.lang, null, filters.lang),
      profile,
      vocational,
    },
  };
}

/** "351402" → ["3", "35", "351", "3514", "351402"]. */
function ancestorsAndSelf(prefix: string): string[] {
  return [...[1, 2, 3, 4].filter((n) => n < prefix.length).map((n) => prefix.slice(0, n)), prefix];
}
