/**
 * npm run bench:hostile — against a running `npm start` (BASE_URL, default http://127.0.0.1:3000) and
 * an editor made with `npm run user:create` (BENCH_EDITOR_EMAIL, BENCH_EDITOR_PASSWORD): a public
 * page's latency under load (autocannon, 8 connections, SECONDS each, default 20) first alone, then
 * while the editor uploads hostile documents one after another through the upload form's real
 * server action (preview), as the browser posts it. Prints p50/p99 of both runs, the refusals and
 * their times, and the load average. Issue 17's target: p99 ≤ 300 ms during a hostile upload.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { docxRatioBomb, docxNestingBomb, pdfLyingPageCount, pdfSlowText } from "../tests/support/hostile-files";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const SECONDS = Number(process.env.SECONDS_PER_RUN ?? 20);
const PAGE = process.env.BENCH_PAGE ?? "/occupations/243108";
const ROOT = path.resolve(import.meta.dirname, "..");

const HOSTILE = [
  { name: "bomba-600kb-200mb.docx", bytes: docxRatioBomb(200) },
  { name: "zagniezdzony.docx", bytes: docxNestingBomb(50_000) },
  { name: "klamliwa-liczba-stron.pdf", bytes: pdfLyingPageCount() },
  // Passes every check before parsing and runs into the wall time: the worker busy the longest.
  { name: "wolny.pdf", bytes: pdfSlowText(1000, 2000) },
];

async function signIn(): Promise<string> {
  const email = process.env.BENCH_EDITOR_EMAIL;
  const password = process.env.BENCH_EDITOR_PASSWORD;
  if (!email || !password) throw new Error("Set BENCH_EDITOR_EMAIL and BENCH_EDITOR_PASSWORD (an editor made with npm run user:create)");
  const res = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: BASE },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`server action ${exportedName} not in the build`);
  return id;
}

/** One upload through previewImportAction, as React posts `action(previousState, formData)`. */
async function upload(cookie: string, id: string, file: { name: string; bytes: Uint8Array }): Promise<{ ms: number; answer: string }> {
  const body = new FormData();
  body.append("_1_file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
  body.set("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const started = performance.now();
  const res = await fetch(`${BASE}/admin/imports`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: BASE, "Next-Action": id, Accept: "text/x-component" },
    body,
  });
  const text = await res.text();
  const raw = /"message":("(?:[^"\\]|\\.)*")/u.exec(text)?.[1];
  const message = raw ? (JSON.parse(raw) as string) : `HTTP ${res.status}: ${text.slice(0, 120)}`;
  return { ms: performance.now() - started, answer: message };
}

async function load(label: string): Promise<autocannon.Result> {
  const result = await autocannon({ url: `${BASE}${PAGE}`, connections: 8, duration: SECONDS });
  console.log(
    `${label}: ${result.requests.total} requests, non-2xx ${result.non2xx}, errors ${result.errors}, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  return result;
}

async function main() {
  const cookie = await signIn();
  const id = actionId("previewImportAction");
  await fetch(`${BASE}${PAGE}`); // cached page warm, as in production
  console.log(
    `load average before: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")}`,
  );
  const alone = await load("public page alone");
  let stop = false;
  const refusals: { name: string; ms: number; answer: string }[] = [];
  const uploads = (async () => {
    for (let i = 0; !stop; i++) {
      const file = HOSTILE[i % HOSTILE.length]!;
      refusals.push({ name: file.name, ...(await upload(cookie, id, file)) });
    }
  })();
  const during = await load("public page during hostile uploads");
  stop = true;
  await uploads;
  console.log(
    `load average after: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")}`,
  );
  for (const name of HOSTILE.map((h) => h.name)) {
    const mine = refusals.filter((r) => r.name === name);
    console.log(`${name}: ${mine.length} uploads, slowest answer ${Math.max(...mine.map((r) => r.ms)).toFixed(0)} ms — ${mine[0]?.answer}`);
  }
  console.log(
    JSON.stringify({
      alone: { p50: alone.latency.p50, p99: alone.latency.p99 },
      during: { p50: during.latency.p50, p99: during.latency.p99, non2xx: during.non2xx, errors: during.errors },
      uploads: refusals.length,
      slowestRefusalMs: Math.round(Math.max(...refusals.map((r) => r.ms))),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
