import { describe, expect, it } from "vitest";
import { againstLimit, formatNumber, formatTable, judge, percentile, summariseLatencies, toJsonFigure } from "../../scripts/bench/stats";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile(sorted, 0)).toBe(1);
  });

  it("gives the only sample for any p, and NaN for none", () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarises unsorted samples without changing them", () => {
    const samples = [5, 1, 3, 2, 4];
    expect(summariseLatencies(samples)).toEqual({ count: 5, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(samples).toEqual([5, 1, 3, 2, 4]);
  });
});

describe("judging a figure", () => {
  it("passes a latency at or under its target and a throughput at or over it", () => {
    expect(judge({ section: "s", name: "p99", value: 50, unit: "ms", direction: "at-most", target: 50 })).toMatchObject({ ratio: 1, isMet: true });
    expect(judge({ section: "s", name: "p99", value: 51, unit: "ms", direction: "at-most", target: 50 }).isMet).toBe(false);
    expect(judge({ section: "s", name: "rps", value: 120, unit: "req/s", direction: "at-least", target: 100 })).toMatchObject({ ratio: 1.2, isMet: true });
  });

  it("never passes a figure that could not be measured", () => {
    expect(judge({ section: "s", name: "score", value: Number.NaN, unit: "", direction: "at-least", target: 95 }).isMet).toBe(false);
    expect(judge({ section: "s", name: "p99", value: Number.NaN, unit: "ms", direction: "at-most", target: 50 }).isMet).toBe(false);
  });

  it("leaves a figure without a target unjudged", () => {
    expect(judge({ section: "s", name: "rss", value: 300, unit: "MB" })).not.toHaveProperty("isMet");
  });

  it("derives the target from a limit measured in the same run", () => {
    const throughput = againstLimit({ section: "search", name: "rps", value: 1500, unit: "req/s" }, 4000, 0.5, "at-least", "limit");
    expect(throughput).toMatchObject({ target: 2000, ratio: 0.75, isMet: false, targetText: "≥ 50 % of limit 4000 req/s" });
    const p95 = againstLimit({ section: "search", name: "p95", value: 30, unit: "ms" }, 20, 2, "at-most", "limit");
    expect(p95).toMatchObject({ target: 40, ratio: 0.75, isMet: true, targetText: "≤ 2× limit 20.0 ms" });
  });
});

describe("formatting", () => {
  it("shows small values with more digits than large ones", () => {
    expect(formatNumber(0.1234)).toBe("0.12");
    expect(formatNumber(12.345)).toBe("12.3");
    expect(formatNumber(1234.5)).toBe("1235");
    expect(formatNumber(Number.NaN)).toBe("n/a");
  });

  it("prints one aligned line per figure with its ratio and verdict", () => {
    const table = formatTable([
      judge({ section: "suggest", name: "p99", value: 12.5, unit: "ms", direction: "at-most", target: 50, targetText: "≤ 50 ms" }),
      { section: "memory", name: "rss", value: 320, unit: "MB", note: "idle 200 MB" },
    ]).split("\n");
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^section\s+figure\s+value\s+unit\s+target\s+ratio\s+verdict$/);
    expect(table[2]).toMatch(/suggest\s+p99\s+12\.5\s+ms\s+≤ 50 ms\s+0\.25\s+ok$/);
    expect(table[3]).toMatch(/memory\s+rss\s+320\s+MB\s+\(idle 200 MB\)$/);
  });

  it("rounds figures for JSON and keeps NaN out of numbers that JSON cannot hold", () => {
    const f = toJsonFigure(judge({ section: "s", name: "n", value: 1.23456, unit: "x", direction: "at-most", target: 3 }));
    expect(f).toMatchObject({ value: 1.23, target: 3, ratio: 0.412 });
    expect(JSON.parse(JSON.stringify(toJsonFigure({ section: "s", name: "n", value: Number.NaN, unit: "x" }))).value).toBeNull();
  });
});
