/**
 * npm run bench:search [-- --duration 5 --connections 1,8,32 --build]
 *
 * Load test of the search API as it runs in production: `next start` (built first when there is no
 * build, or always with --build) on a free port, against the database named by DATABASE_URL (default data/atlas.db;
 * migrated, seeded and indexed first when needed). autocannon drives two mixes at each
 * connection count:
 *   words    GET /api/v1/search?q=…   whole-word queries a counsellor types
 *   prefixes GET /api/v1/suggest?q=…  2–4 letter prefixes as the search box sends them
 * and a table of throughput and p50/p95/p99 latency is printed (target: p95 ≤ 15 ms at 8
 * connections for both). Latencies are taken per response, since autocannon's own summary
 * has no p95.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import autocannon from "autocannon";
import { ROOT, databaseFile, openReady } from "./db";

const WORD_QUERIES = [
  "administrator poczty",
  "pielęgniarka",
  "spawacz",
  "kierowca autobusu",
  "piekarz",
  "webmaster",
  "zarządzanie kontami użytkowników",
  "nauczyciel",
  "technik informatyk",
  "księgowa",
  "3514",
  "marketing",
];
const PREFIXES = ["za", "adm", "zarz", "pie", "kier", "na", "tech", "spaw"];

type Options = { duration: number; connections: number[] };

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const duration = Number(value("duration") ?? 5);
  const connections = (value("connections") ?? "1,8,32").split(",").map(Number);
  if (!(duration > 0) || connections.some((c) => !Number.isInteger(c) || c < 1)) throw new Error("usage: --duration <seconds> --connections 1,8,32");
  return { duration, connections };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The same preparation as npm start: migrations, reference data, and an index that is not empty. */
function prepareDatabase(): void {
  openReady().db.close();
}

const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

function buildIfNeeded(): void {
  if (fs.existsSync(path.join(ROOT, ".next/BUILD_ID")) && !process.argv.includes("--build")) return;
  console.log("Building the app (next build)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("next build failed");
}

async function waitUntilUp(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${base}/api/v1/suggest?q=ad`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("next start did not answer within 60 s");
}

type Row = { mix: string; connections: number; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function run(base: string, mix: string, paths: string[], connections: number, duration: number): Promise<Row> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration,
        // Each connection walks through the mix in order, so every query gets its share.
        requests: paths.map((p) => ({ method: "GET" as const, path: p })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    mix,
    connections,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

function printTable(rows: Row[]): void {
  const header = ["mix", "conn", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"];
  const lines = rows.map((r) => [r.mix, String(r.connections), String(r.requests), r.rps.toFixed(0), r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), String(r.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${lines.map(format).join("\n")}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  prepareDatabase();
  buildIfNeeded();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    // One client sends thousands of requests a second: the per-client API rate limit is off here.
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${databaseFile()}`, API_RATE_LIMIT: "0" },
  });
  try {
    await waitUntilUp(base, server);
    console.log(`next start on ${base}, database ${databaseFile()}, ${options.duration} s per run`);
    const mixes: [string, string[]][] = [
      ["words", WORD_QUERIES.map((q) => `/api/v1/search?q=${encodeURIComponent(q)}`)],
      ["prefixes", PREFIXES.map((q) => `/api/v1/suggest?q=${encodeURIComponent(q)}`)],
    ];
    // Warm up: JIT, statement caches, the entry list.
    for (const [mix, paths] of mixes) await run(base, mix, paths, 4, 2);
    const rows: Row[] = [];
    for (const connections of options.connections) {
      for (const [mix, paths] of mixes) {
        const row = await run(base, mix, paths, connections, options.duration);
        rows.push(row);
        console.log(`${mix} × ${connections}: ${row.rps.toFixed(0)} req/s, p95 ${row.p95.toFixed(1)} ms`);
      }
    }
    printTable(rows);
    const target = rows.filter((r) => r.connections === 8);
    if (target.length) console.log(`\ntarget p95 ≤ 15 ms at 8 connections: ${target.map((r) => `${r.mix} ${r.p95 <= 15 ? "met" : "MISSED"} (${r.p95.toFixed(1)} ms)`).join(", ")}`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
