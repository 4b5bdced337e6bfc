import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { toEntryList } from "./entries";
import { parseQuery } from "./query";
import { applyNameBoost, combinePostings, phrasePostings, rankedFromRows, topOf, type Ranked } from "./ranking";

/** A list of `n` occupations named "Entry i" (ids 100 + i), except the names given. */
function listOf(n: number, names: Record<number, string> = {}) {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: 100 + i,
    code: String(100000 + i),
    position_id: null,
    level: "occupation",
    kind: "occupation",
    language: "pl",
    has_profile: 0,
    is_vocational: 0,
    name: names[i] ?? `Entry ${i}`,
  }));
  return toEntryList("v1", rows);
}

/** The reference: every match sorted (score descending, then code order). */
const sortedAll = (ranked: Ranked) =>
  Array.from(ranked.positions.keys()).sort((a, b) => ranked.scores[b]! - ranked.scores[a]! || ranked.positions[a]! - ranked.positions[b]!);

describe("topOf", () => {
  it("gives the first k of the full order, ties in code order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 0, maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (rawScores, k) => {
        // Few distinct scores, so ties are common; the positions are a permutation (7919 is prime).
        const ranked = { positions: Int32Array.from(rawScores.keys(), (i) => (i * 7919) % rawScores.length), scores: Float64Array.from(rawScores) };
        const all = sortedAll(ranked);
        const candidates = [...all].reverse();
        expect(topOf(ranked, candidates, k)).toEqual(all.slice(0, k));
      }),
    );
  });

  it("takes only the candidates given (the entries that passed the filters)", () => {
    const ranked = { positions: Int32Array.from([0, 1, 2, 3]), scores: Float64Array.from([4, 3, 2, 1]) };
    expect(topOf(ranked, [3, 1], 5)).toEqual([1, 3]);
  });
});

describe("combinePostings", () => {
  const list = listOf(10);
  const postings = (pairs: [number, number][]) => ({ positions: Int32Array.from(pairs.map((p) => p[0])), shares: Float64Array.from(pairs.map((p) => p[1])) });
  const asObject = (r: Ranked) => Object.fromEntries(Array.from(r.positions, (p, k) => [p, r.scores[k]]));

  it("keeps entries every term matches, summing the shares of all their phrases", () => {
    const first = [
      postings([
        [1, 1],
        [2, 2],
        [3, 4],
      ]),
      postings([[2, 0.5]]),
    ];
    const second = [
      postings([
        [2, 8],
        [3, 16],
        [5, 32],
      ]),
    ];
    expect(asObject(combinePostings(list, [first, second], false))).toEqual({ 2: 10.5, 3: 20 });
    // With any term: the union.
    expect(asObject(combinePostings(list, [first, second], true))).toEqual({ 1: 1, 2: 10.5, 3: 20, 5: 32 });
  });

  it("leaves its scratch arrays clean for the next query", () => {
    combinePostings(list, [[postings([[4, 1]])]], false);
    expect(asObject(combinePostings(list, [[postings([[4, 2]])]], false))).toEqual({ 4: 2 });
  });
});

describe("phrasePostings", () => {
  it("reads a phrase once per entry list and leaves out rows the list does not hold", () => {
    const list = listOf(3);
    let reads = 0;
    const read = () => {
      reads++;
      return [
        { id: 102, rank: -2 },
        { id: 999, rank: -9 },
        { id: 100, rank: -1 },
      ];
    };
    const first = phrasePostings(list, '{name} : "x"', read);
    expect([...first.positions]).toEqual([0, 2]);
    expect([...first.shares]).toEqual([1, 2]);
    expect(phrasePostings(list, '{name} : "x"', read)).toBe(first);
    expect(reads).toBe(1);
    phrasePostings(listOf(3), '{name} : "x"', read);
    expect(reads).toBe(2);
  });
});

describe("applyNameBoost", () => {
  it("lifts the entry named what was typed above a better text match", () => {
    const list = listOf(4, { 2: "Spawacz", 3: "Spawacz gazowy" });
    const parsed = parseQuery("spawacz", { prefixLast: false });
    if (parsed.mode !== "text") throw new Error("text query expected");
    const ranked = applyNameBoost(
      list,
      parsed.terms,
      rankedFromRows(
        list,
        [100, 101, 102, 103].map((id) => ({ id, rank: -1 })),
      ),
    );
    const order = sortedAll(ranked).map((k) => list.inCodeOrder[ranked.positions[k]!]!.name);
    expect(order).toEqual(["Spawacz", "Spawacz gazowy", "Entry 0", "Entry 1"]);
    expect(Array.from(ranked.scores)).toEqual([1, 1, 6, 2]);
  });
});
