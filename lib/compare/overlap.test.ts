import { describe, expect, it } from "vitest";
import { computeOverlap, formatJaccard } from "./overlap";

const set = (...keys: string[]) => new Set(keys);

describe("computeOverlap", () => {
  it("gives shared of total and the Jaccard index for two entries", () => {
    const o = computeOverlap([set("a", "b", "c"), set("b", "c", "d", "e")]);
    expect(o).toMatchObject({ entriesWithData: 2, total: 5, shared: 2, sharedByAll: 2 });
    expect(o.jaccard).toBeCloseTo(0.4);
    expect(o.pairs).toEqual([{ a: 0, b: 1, shared: 2, total: 5, jaccard: 0.4 }]);
  });

  it("counts items shared by at least two apart from those shared by all, for three entries", () => {
    const o = computeOverlap([set("a", "b"), set("b", "c"), set("b", "a", "d")]);
    expect(o.total).toBe(4);
    expect(o.shared).toBe(2); // a (0, 2) and b (all)
    expect(o.sharedByAll).toBe(1);
    expect(o.jaccard).toBeCloseTo(0.25);
    expect(o.pairs.map((p) => [p.a, p.b, p.shared])).toEqual([
      [0, 1, 1],
      [0, 2, 2],
      [1, 2, 1],
    ]);
  });

  it("leaves out entries without data instead of counting them as sharing nothing", () => {
    const o = computeOverlap([set("a", "b"), null, set("b")]);
    expect(o.entriesWithData).toBe(2);
    expect(o.sharedByAll).toBe(1);
    expect(o.jaccard).toBeCloseTo(0.5);
    expect(o.pairs).toEqual([{ a: 0, b: 2, shared: 1, total: 2, jaccard: 0.5 }]);
  });

  it("has no Jaccard index when fewer than two entries have data, or nothing at all", () => {
    expect(computeOverlap([set("a"), null]).jaccard).toBeNull();
    expect(computeOverlap([set("a"), null]).shared).toBe(0);
    expect(computeOverlap([set(), set()]).jaccard).toBeNull();
    expect(computeOverlap([set(), set()]).pairs[0]!.jaccard).toBe(0);
    expect(computeOverlap([null, null])).toMatchObject({ entriesWithData: 0, total: 0, pairs: [] });
  });

  it("gives 1 for identical sets and 0 for disjoint ones", () => {
    expect(computeOverlap([set("a", "b"), set("b", "a")]).jaccard).toBe(1);
    expect(computeOverlap([set("a"), set("b")]).jaccard).toBe(0);
  });
});

describe("formatJaccard", () => {
  it("rounds to a whole percentage", () => {
    expect(formatJaccard(0.304)).toBe("30%");
    expect(formatJaccard(1)).toBe("100%");
    expect(formatJaccard(0)).toBe("0%");
  });
});
