import { describe, expect, it } from "vitest";
import {
  latencyByRoute,
  parseIndexBuildLog,
  parseLoopDelayLog,
  routePattern,
  summariseIndexBuilds,
  summariseLoopDelay,
  type IndexBuildLine,
} from "../../scripts/bench/soak-stats";
import type { LoopDelayLine } from "../../scripts/loop-delay-log";

describe("routePattern", () => {
  it("folds ids and query words into one route per page or endpoint", () => {
    expect(routePattern("/occupations/351402")).toBe("/occupations/:id");
    expect(routePattern("/occupations/2")).toBe("/occupations/:id");
    expect(routePattern("/en/occupations/011001")).toBe("/en/occupations/:id");
    expect(routePattern("/search?q=pi%C4%99l%C4%99gniarka&level=occupation")).toBe("/search");
    expect(routePattern("/api/v1/occupations/243108/related")).toBe("/api/v1/occupations/:id/related");
    expect(routePattern("/")).toBe("/");
  });

  it("keeps the format, so a CSV export is not averaged with its JSON form", () => {
    expect(routePattern("/api/v1/search?q=technik&format=csv")).toBe("/api/v1/search?format=csv");
    expect(routePattern("/api/v1/occupations/243108/export?format=csv")).toBe("/api/v1/occupations/:id/export?format=csv");
    expect(routePattern("/api/v1/occupations/351402/export")).toBe("/api/v1/occupations/:id/export");
  });
});

describe("latencyByRoute", () => {
  it("merges the paths of a route and puts the slowest p99 first", () => {
    const byPath = new Map([
      ["/occupations/1", [10, 20]],
      ["/occupations/2", [30]],
      ["/api/v1/export", [900]],
    ]);
    const routes = latencyByRoute(byPath);
    expect(routes.map((r) => r.route)).toEqual(["/api/v1/export", "/occupations/:id"]);
    expect(routes[1]).toEqual({ route: "/occupations/:id", count: 3, p50: 20, p95: 30, p99: 30, max: 30 });
  });
});

describe("summariseLoopDelay", () => {
  const line = (at: number, p99: number, max: number, total = { count: 10, p50: 11, p99: 40, max: 90 }): LoopDelayLine => ({
    at,
    window: { count: 500, p50: 10, p99, max },
    total,
  });

  it("groups the windows after the start by minute, and takes the overall figures from the last line", () => {
    const start = 1_000_000;
    const lines = [line(start - 5000, 500, 900), line(start + 5000, 20, 30), line(start + 60_000, 25, 80), line(start + 65_000, 12, 15)];
    const summary = summariseLoopDelay(lines, start);
    expect(summary.byMinute).toEqual([
      { minute: 1, worstWindowP99: 25, max: 80 },
      { minute: 2, worstWindowP99: 12, max: 15 },
    ]);
    expect(summary.overall).toEqual({ p50: 11, p99: 40, max: 90 });
  });

  it("reports no overall figures when the server logged nothing", () => {
    expect(summariseLoopDelay([], 0)).toEqual({ overall: null, byMinute: [] });
  });

  it("skips a line cut short when the server stopped", () => {
    const text = `${JSON.stringify(line(1, 2, 3))}\n{"at": 7, "win`;
    expect(parseLoopDelayLog(text)).toHaveLength(1);
  });
});

describe("summariseIndexBuilds", () => {
  const at = (ms: number) => new Date(ms).toISOString();
  const line = (ms: number, index: string, event: IndexBuildLine["event"], took = 0): IndexBuildLine => ({ at: at(ms), index, event, version: "v", ms: took });

  it("counts the builds per index after the start, how many overlapped, and their time", () => {
    const start = 1_000_000;
    const lines = [
      line(start - 10, "related-text", "start"),
      line(start - 5, "related-text", "done", 900),
      line(start + 10, "related-text", "start"),
      line(start + 20, "related-text", "start"),
      line(start + 900, "related-text", "done", 890),
      line(start + 950, "related-text", "failed", 930),
      line(start + 30, "skill-data", "start"),
      line(start + 300, "skill-data", "done", 270),
    ];
    expect(summariseIndexBuilds(lines, start)).toEqual([
      { index: "related-text", started: 2, done: 1, failed: 1, maxInFlight: 2, totalMs: 1820, p50Ms: 890, maxMs: 930 },
      { index: "skill-data", started: 1, done: 1, failed: 0, maxInFlight: 1, totalMs: 270, p50Ms: 270, maxMs: 270 },
    ]);
  });

  it("reads the log's lines and skips one cut short", () => {
    expect(parseIndexBuildLog(`${JSON.stringify(line(1, "x", "start"))}\n{"at": "2026`)).toHaveLength(1);
  });
});
