/**
 * The editors' work queue on the ×10 catalogue (issue 11: the list's server time ≤ 200 ms): the
 * time of listWorkQueue (lib/data/work-queue.ts, everything the /admin page reads for the list)
 * per filter combination, in a child process on the catalogue file, after warm-up.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "../db";

/** What an editor does with the queue: first page, searches, filters, sorting, a deep page. */
export const QUEUE_QUERIES = [
  "",
  "q=piel%C4%99gniarka",
  "q=2512",
  "level=occupation&profile=no&missing=1",
  "profile=yes&sort=name&page=50",
  "draft=no&prefix=7&sort=name&dir=desc",
  "repaired=1",
  "since=2026-01-01&level=occupation",
  "page=700",
];

export type QueueTiming = { query: string; total: number; count: number; p50: number; p95: number; p99: number; max: number };

export function measureWorkQueue(file: string, runs: number): QueueTiming[] {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts/bench/work-queue-child.ts"), String(runs), ...QUEUE_QUERIES], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "production" },
    encoding: "utf8",
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`work-queue bench failed: ${result.stderr}`);
  const line = result.stdout.trim().split("\n").at(-1) ?? "[]";
  return JSON.parse(line) as QueueTiming[];
}
