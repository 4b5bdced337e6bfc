/**
 * First-load JavaScript of a route, gzipped, as a browser gets it: every <script src> of the
 * server-rendered HTML (but noModule polyfills, which modern browsers never download), each
 * gzipped at level 9; the inline scripts (the RSC payload) and the HTML are reported beside it.
 */
import { gzipSync } from "node:zlib";

/** Public routes: home, results, a group page, a profile, compare, and a profile in another locale. */
export const PUBLIC_ROUTES = [
  "/",
  "/search?q=administrator",
  "/occupations/3514",
  "/occupations/351402",
  "/compare?codes=351402,243108",
  "/en/occupations/351402",
];
/** kB = 1000 bytes, as the target is stated. */
export const FIRST_LOAD_TARGET_KB = 130;

export type FirstLoad = { route: string; scripts: number; externalKb: number; inlineKb: number; htmlKb: number };

const gzKb = (data: Uint8Array | string) => gzipSync(typeof data === "string" ? Buffer.from(data) : data, { level: 9 }).length / 1000;

export async function measureFirstLoad(base: string, route: string): Promise<FirstLoad> {
  const html = await (await fetch(base + route)).text();
  const srcs = new Set(
    [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test((m[1] ?? "") + (m[3] ?? ""))).map((m) => m[2] ?? ""),
  );
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  let externalKb = 0;
  for (const src of srcs) externalKb += gzKb(new Uint8Array(await (await fetch(new URL(src, base))).arrayBuffer()));
  return { route, scripts: srcs.size, externalKb, inlineKb: gzKb(inline.join("")), htmlKb: gzKb(html) };
}
