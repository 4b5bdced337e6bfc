/** Processes of the benchmark: `next start` and the bare limit server, on free loopback ports, and their memory. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { needsBuild } from "../build-state";
import { ROOT } from "../db";

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const TSX_BIN = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

/** Ports the benchmark may use (this machine is shared: others keep to their own ranges). */
const PORT_RANGE = { from: 3200, to: 3299 };

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A free port of PORT_RANGE, tried from a random point so parallel runs rarely collide. */
async function freePort(): Promise<number> {
  const size = PORT_RANGE.to - PORT_RANGE.from + 1;
  const start = crypto.randomInt(size);
  for (let i = 0; i < size; i++) {
    const port = PORT_RANGE.from + ((start + i) % size);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${PORT_RANGE.from}–${PORT_RANGE.to}`);
}

/** `next build` when there is none or the sources are newer (as npm start decides); --build forces it. */
export function buildIfNeeded(force: boolean): { built: boolean; seconds: number } {
  if (!force && !needsBuild()) return { built: false, seconds: 0 };
  console.log("Building the app (next build)…");
  const started = performance.now();
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

export type Server = { base: string; process: ChildProcess; stop: () => Promise<void> };

/** Polls `probe` until it answers 2xx; fails when the child exits first or after `timeoutMs`. */
export async function waitUntilUp(base: string, child: ChildProcess, probe: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(base + probe)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      // next start may ignore SIGTERM while it drains; never leave it behind.
      setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5000).unref();
    });
}

/**
 * The server `npm start` runs (scripts/serve.ts: Next in-process behind node:http) in production
 * mode on `dbFile`, on loopback only, rate limit off (one client sends thousands of requests a second).
 * `env`: more variables for the server (the memory section's log file).
 */
export async function startNext(dbFile: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/serve.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      LISTEN_HOST: "127.0.0.1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: `file:${dbFile}`,
      API_RATE_LIMIT: "0",
      BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      BETTER_AUTH_URL: base,
      ...env,
    },
  });
  await waitUntilUp(base, child, "/api/v1/suggest?q=ad");
  return { base, process: child, stop: stopper(child) };
}

/** The bare node:http server (scripts/bench/limit-server.ts) on `dbFile`. */
export async function startLimitServer(dbFile: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [TSX_BIN, path.join(ROOT, "scripts/bench/limit-server.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: `file:${dbFile}` },
  });
  await waitUntilUp(base, child, "/suggest?q=ad");
  return { base, process: child, stop: stopper(child) };
}

/** The pids of a process and all its descendants, from /proc (Linux); just `pid` elsewhere. */
export function processTree(pid: number): number[] {
  const children = (p: number): number[] => {
    try {
      return fs
        .readdirSync(`/proc/${p}/task`)
        .flatMap((t) => fs.readFileSync(`/proc/${p}/task/${t}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      return [];
    }
  };
  const out: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    out.push(p);
    queue.push(...children(p));
  }
  return out;
}

/** Resident memory of one process in bytes, from /proc (Linux); 0 when it has ended. */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and its descendants, in MB; NaN when it has ended or off Linux. */
export function treeRssMb(pid: number): number {
  if (!fs.existsSync(`/proc/${pid}`)) return Number.NaN;
  return processTree(pid).reduce((total, p) => total + rssBytes(p), 0) / 1024 / 1024;
}

/** Samples a process tree's RSS every `everyMs` until stopped: peak and last value. */
export function sampleRss(pid: number, everyMs = 250): { stop: () => { peakMb: number; lastMb: number } } {
  let peakMb = 0;
  let lastMb = Number.NaN;
  const timer = setInterval(() => {
    lastMb = treeRssMb(pid);
    if (lastMb > peakMb) peakMb = lastMb;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakMb, lastMb };
    },
  };
}
