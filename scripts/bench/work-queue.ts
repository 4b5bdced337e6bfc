/**
 * The editors' work queue on the ×10 catalogue (issue 11: the list's server time ≤ 200 ms): the
 * time of listWorkQueue (lib/data/work-queue.ts, everything the /admin page reads for the list)
 * per filter combination, in a child process on the catalogue file, after warm-up.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "../db";

/** What an editor does with the queue: first page, searches, filters, sorting, a deep page. */
const QUEUE_QUERIES = [
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
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts/bench/work-queue-child.ts"), String(runs), ...QUEUE_QUERIES],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_ENV: "production" },
      encoding: "utf8",
      timeout: 600_000,
    },
  );
  if (result.status !== 0) throw new Error(`work-queue bench failed: ${result.stderr}`);
  const line = result.stdout.trim().split("\n").at(-1) ?? "[]";
  return JSON.parse(line) as QueueTiming[];
}

/**
 * The same queries as whole /admin pages over HTTP from `npm start`'s server (Next in-process,
 * scripts/serve.ts) on a copy of the ×10 catalogue with a bench editor signed in: the time to the
 * last byte of the page, one request at a time, after warm-up. This includes the session check,
 * rendering and the local network round trip.
 */
export async function measureWorkQueuePages(x10File: string, runs: number): Promise<QueueTiming[]> {
  const { startNext } = await import("./server");
  const { summariseLatencies } = await import("./stats");
  const fs = await import("node:fs");
  const crypto = await import("node:crypto");
  // A copy, so the cached ×10 catalogue gets no bench accounts.
  const copy = path.join(path.dirname(x10File), "queue-x10.db");
  fs.copyFileSync(x10File, copy);
  const email = `bench.editor.${crypto.randomBytes(4).toString("hex")}@example.org`;
  const password = `kolejka ${crypto.randomBytes(18).toString("base64url")} hasło`;
  const created = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts/user-create.ts"), "--email", email, "--role", "editor", "--name", "Bench editor"],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${copy}`, ATLAS_USER_PASSWORD: password },
      encoding: "utf8",
    },
  );
  if (created.status !== 0) throw new Error(`user:create for the queue bench failed: ${created.stderr}`);
  const server = await startNext(copy);
  try {
    const signIn = await fetch(`${server.base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.base, "sec-fetch-site": "same-origin" },
      body: JSON.stringify({ email, password }),
    });
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    if (!signIn.ok || !cookie) throw new Error(`queue bench sign-in answered ${signIn.status}`);
    const get = async (qs: string) => {
      const res = await fetch(`${server.base}/admin${qs ? `?${qs}` : ""}`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
      const html = await res.text();
      if (res.status !== 200 || !html.includes("queue-q")) throw new Error(`/admin?${qs} answered ${res.status}`);
      return html;
    };
    const results: QueueTiming[] = [];
    for (const qs of QUEUE_QUERIES) {
      for (let i = 0; i < 3; i++) await get(qs);
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await get(qs);
        samples.push(performance.now() - t0);
      }
      results.push({ query: qs, total: Number.NaN, ...summariseLatencies(samples) });
    }
    return results;
  } finally {
    await server.stop();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
  }
}
