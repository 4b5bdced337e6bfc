/**
 * npm run bench:first-load — first-load JavaScript per public route, gzipped, as a browser gets it:
 * every <script src> of the server-rendered HTML (but noModule polyfills) plus the inline scripts (the RSC payload), each
 * gzipped at level 9. Needs a running server: BASE_URL (default http://127.0.0.1:3000).
 */
import { gzipSync } from "node:zlib";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const ROUTES = ["/", "/search?q=administrator", "/occupations/3514", "/occupations/351402", "/compare?codes=351402,243108", "/en/occupations/351402"];
const TARGET_KB = 150; // kB = 1000 bytes, as the target is stated

async function measure(route: string) {
  const html = await (await fetch(BASE + route)).text();
  // noModule scripts are polyfills that modern browsers never download.
  const srcs = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test((m[1] ?? "") + (m[3] ?? ""))).map((m) => m[2] ?? "");
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  let external = 0;
  for (const src of new Set(srcs)) external += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer()), { level: 9 }).length;
  const inlineGz = gzipSync(Buffer.from(inline.join("")), { level: 9 }).length;
  return { route, scripts: new Set(srcs).size, externalKb: external / 1000, inlineKb: inlineGz / 1000, htmlKb: gzipSync(Buffer.from(html), { level: 9 }).length / 1000 };
}

async function main() {
  const rows = [];
  for (const route of ROUTES) rows.push(await measure(route));
  console.log("route".padEnd(34), "scripts", "JS gz kB", "inline gz kB", "HTML gz kB", `≤ ${TARGET_KB} kB`);
  for (const r of rows) {
    console.log(r.route.padEnd(34), String(r.scripts).padStart(7), r.externalKb.toFixed(1).padStart(8), r.inlineKb.toFixed(1).padStart(12), r.htmlKb.toFixed(1).padStart(10), r.externalKb <= TARGET_KB ? "yes" : "NO");
  }
  console.log(JSON.stringify(rows.map((r) => ({ ...r, externalKb: Number(r.externalKb.toFixed(1)), inlineKb: Number(r.inlineKb.toFixed(1)), htmlKb: Number(r.htmlKb.toFixed(1)) }))));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
