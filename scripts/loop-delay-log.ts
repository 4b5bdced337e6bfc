/**
 * The server's own event-loop delay (perf_hooks monitorEventLoopDelay), for `npm run soak` only:
 * when ATLAS_LOOP_DELAY_LOG names a file, scripts/serve.ts appends one JSON line to it every
 * LOOP_DELAY_WINDOW_MS: the delay in that window and since monitoring began (ms). A file the soak
 * reads, not an endpoint: how long the loop stalls is nobody else's business (issue 14, item 1).
 * Without the variable nothing runs.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import { startJsonLinesLog } from "./json-lines-log";

export const LOOP_DELAY_WINDOW_MS = 5000;
/** Sampling timer of the monitor: fine enough to see 50-ms stalls, cheap enough to leave on. */
const RESOLUTION_MS = 10;

export type LoopDelayStats = { count: number; p50: number; p99: number; max: number };
/** One line of the log: `window` covers the LOOP_DELAY_WINDOW_MS before `at`, `total` everything since the server was ready. */
export type LoopDelayLine = { at: number; window: LoopDelayStats; total: LoopDelayStats };

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

function statsOf(h: IntervalHistogram): LoopDelayStats {
  // An empty histogram reports its max as 0 and min as a huge number: no samples, no figures.
  if (h.count === 0) return { count: 0, p50: 0, p99: 0, max: 0 };
  return { count: h.count, p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
}

/** Starts logging when `file` is set; returns the stop function (writes a last line). */
export function startLoopDelayLog(file: string | undefined): () => void {
  if (!file) return () => {};
  const window = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  const total = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  window.enable();
  total.enable();
  const line = (): LoopDelayLine => {
    const stats = { at: Date.now(), window: statsOf(window), total: statsOf(total) };
    window.reset();
    return stats;
  };
  const onStop = () => {
    window.disable();
    total.disable();
  };
  return startJsonLinesLog(file, { everyMs: LOOP_DELAY_WINDOW_MS, line, onStop });
}
