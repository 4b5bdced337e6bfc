/**
 * Pure helpers of `npm run soak`: the route pattern a request path belongs to, latency
 * percentiles per pattern, and the server's event-loop delay log (scripts/loop-delay-log.ts) per
 * minute of the soak. Unit-tested in tests/unit/soak-stats.test.ts; no I/O here.
 */
import { parseJsonLines } from "../json-lines-log";
import type { LoopDelayLine } from "../loop-delay-log";
import { summariseLatencies } from "./stats";

/**
 * Requests of one route, whatever their ids and words: "/occupations/351402" and
 * "/occupations/2" are one page, "/api/v1/search?q=…&format=csv" is another than its JSON form.
 * Ids are the all-digit segments (codes, position ids); a locale prefix stays (another page).
 */
export function routePattern(requestPath: string): string {
  const url = new URL(requestPath, "http://soak.invalid");
  const pathname = url.pathname
    .split("/")
    .map((segment) => (/^p?\d+$/.test(segment) ? ":id" : segment))
    .join("/");
  const format = url.searchParams.get("format");
  return format ? `${pathname}?format=${format}` : pathname;
}

export type RouteLatency = { route: string; count: number; p50: number; p95: number; p99: number; max: number };

/** Percentiles per route pattern, slowest p99 first. */
export function latencyByRoute(byPath: ReadonlyMap<string, readonly number[]>): RouteLatency[] {
  const byRoute = new Map<string, number[]>();
  for (const [requestPath, ms] of byPath) {
    const route = routePattern(requestPath);
    const list = byRoute.get(route) ?? [];
    for (const m of ms) list.push(m);
    byRoute.set(route, list);
  }
  return [...byRoute]
    .map(([route, ms]) => {
      const { count, p50, p95, p99, max } = summariseLatencies(ms);
      return { route, count, p50: Math.round(p50), p95: Math.round(p95), p99: Math.round(p99), max: Math.round(max) };
    })
    .sort((a, b) => b.p99 - a.p99);
}

export type LoopDelayMinute = { minute: number; worstWindowP99: number; max: number };
export type LoopDelaySummary = { overall: { p50: number; p99: number; max: number } | null; byMinute: LoopDelayMinute[] };

/**
 * The soak's share of the log: lines written after `startedAt` (ms since the epoch). Overall is the
 * server's own histogram since it was ready (the last line's total: a few seconds of start-up
 * polling before the soak are in it); a minute's p99 is the worst of its 5-s windows' p99s
 * (percentiles of separate windows cannot be merged), its max exact.
 */
export function summariseLoopDelay(lines: readonly LoopDelayLine[], startedAt: number): LoopDelaySummary {
  const during = lines.filter((l) => l.at > startedAt);
  const last = lines.at(-1);
  const byMinute: LoopDelayMinute[] = [];
  for (const line of during) {
    const minute = Math.floor((line.at - startedAt - 1) / 60_000) + 1;
    let m = byMinute.find((b) => b.minute === minute);
    if (!m) byMinute.push((m = { minute, worstWindowP99: 0, max: 0 }));
    m.worstWindowP99 = Math.max(m.worstWindowP99, line.window.p99);
    m.max = Math.max(m.max, line.window.max);
  }
  return { overall: last && last.total.count > 0 ? { p50: last.total.p50, p99: last.total.p99, max: last.total.max } : null, byMinute };
}

/** Parses the log file's text; a line cut short by the server's stop is skipped. */
export function parseLoopDelayLog(text: string): LoopDelayLine[] {
  return parseJsonLines<LoopDelayLine>(text);
}

/** A line of the server's index build log (ATLAS_INDEX_BUILD_LOG, lib/data/versioned-cache.ts). */
export type IndexBuildLine = { at: string; index: string; event: "start" | "done" | "failed"; version: string; ms: number };
export type IndexBuilds = { index: string; started: number; done: number; failed: number; maxInFlight: number; totalMs: number; p50Ms: number; maxMs: number };

/**
 * Per index, the builds the soak caused (lines after `startedAt`, ms since the epoch): how many
 * started and ended, how many ran at once at most, and their wall time (total, median, longest).
 */
export function summariseIndexBuilds(lines: readonly IndexBuildLine[], startedAt: number): IndexBuilds[] {
  const byIndex = new Map<string, IndexBuildLine[]>();
  for (const line of lines) {
    if (Date.parse(line.at) < startedAt) continue;
    byIndex.set(line.index, [...(byIndex.get(line.index) ?? []), line]);
  }
  return [...byIndex].map(([index, own]) => {
    let inFlight = 0;
    let maxInFlight = 0;
    for (const line of own) {
      inFlight += line.event === "start" ? 1 : -1;
      maxInFlight = Math.max(maxInFlight, inFlight);
    }
    const ended = own.filter((l) => l.event !== "start").map((l) => l.ms);
    const stats = summariseLatencies(ended);
    return {
      index,
      started: own.filter((l) => l.event === "start").length,
      done: own.filter((l) => l.event === "done").length,
      failed: own.filter((l) => l.event === "failed").length,
      maxInFlight,
      totalMs: Math.round(ended.reduce((a, b) => a + b, 0)),
      p50Ms: Math.round(stats.p50 || 0),
      maxMs: Math.round(Math.max(0, ...ended)),
    };
  });
}

export function parseIndexBuildLog(text: string): IndexBuildLine[] {
  return parseJsonLines<IndexBuildLine>(text);
}
