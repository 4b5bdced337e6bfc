import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestOf } from "./top-k";

describe("bestOf", () => {
  it("gives the first k of the full order, whatever the order of the candidates", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 120 }), fc.integer({ min: -1, max: 130 }), (candidates, k) => {
        // Larger first, by the last digit only, ties by the number: a total order unlike the natural one.
        const isBetter = (a: number, b: number) => (a % 10 !== b % 10 ? a % 10 > b % 10 : a < b);
        const all = [...candidates].sort((a, b) => (isBetter(a, b) ? -1 : 1));
        expect(bestOf(Int32Array.from(candidates), k, isBetter)).toEqual(all.slice(0, Math.max(0, k)));
      }),
      { numRuns: 300 },
    );
  });
});
