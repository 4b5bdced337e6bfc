import type { PairOverlap, SectionOverlap } from "@/lib/validation/compare";

/**
 * How much entries share in one section, over the entries that have data there. Pure.
 * `sets[i]` is entry i's set of item keys, or null when the entry has no data for the section
 * (a classification entry has no knowledge items: that is unknown, not "shares nothing").
 */
export function computeOverlap(sets: readonly (ReadonlySet<string> | null)[]): SectionOverlap {
  const withData = sets.map((s, i) => ({ s, i })).filter((x): x is { s: ReadonlySet<string>; i: number } => x.s !== null);
  const seenIn = new Map<string, number>();
  for (const { s } of withData) for (const key of s) seenIn.set(key, (seenIn.get(key) ?? 0) + 1);

  const total = seenIn.size;
  let shared = 0;
  let sharedByAll = 0;
  for (const n of seenIn.values()) {
    if (n >= 2) shared++;
    if (n === withData.length) sharedByAll++;
  }
  const pairs: PairOverlap[] = [];
  for (let x = 0; x < withData.length; x++) {
    for (let y = x + 1; y < withData.length; y++) {
      pairs.push(pairOverlap(withData[x]!, withData[y]!));
    }
  }
  const comparable = withData.length >= 2 && total > 0;
  return {
    entriesWithData: withData.length,
    total,
    shared: withData.length >= 2 ? shared : 0,
    sharedByAll: withData.length >= 2 ? sharedByAll : 0,
    jaccard: comparable ? sharedByAll / total : null,
    pairs,
  };
}

function pairOverlap(a: { s: ReadonlySet<string>; i: number }, b: { s: ReadonlySet<string>; i: number }): PairOverlap {
  let shared = 0;
  for (const key of a.s) if (b.s.has(key)) shared++;
  const total = a.s.size + b.s.size - shared;
  return { a: a.i, b: b.i, shared, total, jaccard: total === 0 ? 0 : shared / total };
}

/** Jaccard index as a short percentage for people ("30%"); two decimals stay in the tooltip. */
export function formatJaccard(jaccard: number): string {
  return `${Math.round(jaccard * 100)}%`;
}
