/**
 * Lighthouse performance score of a page, with Debian's Chromium (/usr/bin/chromium, or CHROME_PATH)
 * headless. Lighthouse's defaults: a mobile device with simulated throttling, as the score is
 * usually quoted. The CLI runs in its own process, so a crash of Chrome cannot take the bench down.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../db";
import { percentile } from "./stats";

const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

/** Issue 14's targets for home, results and profile, busy machine or quiet. */
export const LIGHTHOUSE_SCORE_TARGET = 95;
export const LIGHTHOUSE_TBT_TARGET_MS = 200;
/** Runs per page: on two shared cores one run is noise (the profile page's total blocking time read 297 ms once, 128 ms before with more JavaScript). */
export const LIGHTHOUSE_RUNS = 3;

export type LighthouseResult = { url: string; score: number; lcpMs: number; tbtMs: number; cls: number; error?: string };

function runLighthouse(url: string): LighthouseResult {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atlas-lh-")), "report.json");
  try {
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/lighthouse/cli/index.js"),
        url,
        "--only-categories=performance",
        "--output=json",
        `--output-path=${out}`,
        "--quiet",
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, timeout: 180_000 },
    );
    if (result.status !== 0 || !fs.existsSync(out))
      return { url, score: Number.NaN, lcpMs: Number.NaN, tbtMs: Number.NaN, cls: Number.NaN, error: (result.stderr || String(result.error)).slice(-300) };
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
      categories: { performance: { score: number | null } };
      audits: Record<string, { numericValue?: number }>;
    };
    return {
      url,
      score: (report.categories.performance.score ?? Number.NaN) * 100,
      lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      tbtMs: report.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      cls: report.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    };
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

/** `runs` runs of one page and each figure's median over the runs that worked; `tbtRangeMs` is their total blocking time's lowest and highest. */
export function runLighthouseMedian(url: string, runs: number): LighthouseResult & { runs: number; tbtRangeMs: [number, number] } {
  const all = Array.from({ length: runs }, () => runLighthouse(url));
  const ok = all.filter((r) => !r.error);
  if (ok.length === 0) return { ...all[0]!, runs: 0, tbtRangeMs: [Number.NaN, Number.NaN] };
  const sorted = (pick: (r: LighthouseResult) => number) => ok.map(pick).sort((a, b) => a - b);
  const median = (pick: (r: LighthouseResult) => number) => percentile(sorted(pick), 50);
  const tbt = sorted((r) => r.tbtMs);
  return {
    url,
    score: median((r) => r.score),
    lcpMs: median((r) => r.lcpMs),
    tbtMs: median((r) => r.tbtMs),
    cls: median((r) => r.cls),
    runs: ok.length,
    tbtRangeMs: [tbt[0]!, tbt.at(-1)!],
  };
}
