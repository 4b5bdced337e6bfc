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

const activeDimensions = (filters: SearchFilters) => DIMENSIONS.filter((d) => filters[d] !== undefined && filters[d] !== false);

export function hasActiveFilter(filters: SearchFilters): boolean {
  return activeDimensions(filters).length > 0;
}

/** Code length of the groups one level below a prefix: 1 → 2 → 3 → 4 → 6 (there is no 5-digit level). */
export function childCodeLength(prefixLength: number): number | null {
  if (prefixLength >= 6) return null;
  return prefixLength === 4 ? 6 : prefixLength + 1;
}

/**
 * Counts per value. A facet has a handful of values, so a scan of a short array beats a Map (which
 * hashes and compares the key on every count: most of a broad query's facet time at ×10); past
 * SCAN_LIMIT values (a code prefix's children can be ~100) a Map finds them.
 */
const SCAN_LIMIT = 16;
class Counter {
  readonly keys: string[] = [];
  private readonly counts: number[] = [];
  private index: Map<string, number> | null = null;
  bump(key: string): void {
    const i = this.indexOf(key);
    if (i >= 0) {
      this.counts[i]!++;
      return;
    }
    this.index?.set(key, this.keys.length);
    this.keys.push(key);
    this.counts.push(1);
    if (this.keys.length === SCAN_LIMIT) this.index = new Map(this.keys.map((k, j) => [k, j]));
  }
  private indexOf(key: string): number {
    if (this.index) return this.index.get(key) ?? -1;
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return i;
    return -1;
  }
  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }
  get(key: string): number | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.counts[i];
  }
}

export type FilterResult<T extends Entry> = { matches: T[]; facets: SearchFacets };

/** Applies the filters to `candidates` (order kept) and counts the facets. */
export function filterAndCount<T extends Entry>(candidates: T[], filters: SearchFilters, nameByCode: Map<string, string>): FilterResult<T> {
  const { passed, facets } = filterAndCountAt(candidates, filters, nameByCode);
  return { matches: passed.map((i) => candidates[i]!), facets };
}

/** The same, giving the indexes of the candidates that pass (for a ranked match, whose scores sit in arrays beside them). */
export function filterAndCountAt(
  candidates: readonly Entry[],
  filters: SearchFilters,
  nameByCode: Map<string, string>,
): { passed: number[]; facets: SearchFacets } {
  const passed: number[] = [];
  const counts = { prefix: new Counter(), level: new Counter(), kind: new Counter(), lang: new Counter() };
  let vocational = 0;
  let profile = 0;
  const childLength = childCodeLength(filters.prefix?.length ?? 0);
  // Only the filters set are tested: with none (most queries), every candidate passes at once.
  const active = activeDimensions(filters);

  for (let i = 0; i < candidates.length; i++) {
    const entry = candidates[i]!;
    let failed: Dimension | null = null;
    let failures = 0;
    for (const dim of active) {
      if (!passes(entry, dim, filters)) {
        failed = dim;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      passed.push(i);
      // Drill-down: the code buckets are the selected group's children, so they count only entries inside it.
      if (childLength !== null && entry.code !== null && entry.code.length >= childLength) counts.prefix.bump(entry.code.slice(0, childLength));
    }
    if (entry.level && (failures === 0 || failed === "level")) counts.level.bump(entry.level);
    if (failures === 0 || failed === "kind") counts.kind.bump(kindBucket(entry));
    if (failures === 0 || failed === "lang") counts.lang.bump(entry.language);
    if (entry.isVocational && (failures === 0 || failed === "vocational")) vocational++;
    if (entry.hasProfile && (failures === 0 || failed === "profile")) profile++;
  }

  const buckets = (counter: Counter, order: readonly string[] | null, selected: string | undefined): FacetBucket[] => {
    const keys = order
      ? order.filter((k) => counter.has(k) || k === selected)
      : [...counter.keys].sort((a, b) => (counter.get(b) ?? 0) - (counter.get(a) ?? 0) || a.localeCompare(b));
    if (selected && !keys.includes(selected)) keys.push(selected);
    return keys.map((value) => ({ value, count: counter.get(value) ?? 0 }));
  };

  const prefixPath = filters.prefix ? ancestorsAndSelf(filters.prefix).map((code) => ({ code, label: nameByCode.get(code) ?? code })) : [];
  return {
    passed,
    facets: {
      prefix: {
        selected: filters.prefix ?? null,
        path: prefixPath,
        buckets: [...counts.prefix.keys].sort().map((value) => ({ value, count: counts.prefix.get(value) ?? 0, label: nameByCode.get(value) ?? value })),
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
