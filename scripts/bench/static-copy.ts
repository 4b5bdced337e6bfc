/**
 * The "static file of the same size" the profile page and each search answer are measured against. `next start` serves
 * only the files public/ holds when it starts (it lists the folder once; Next's docs say "at build
 * time", which is stricter), so the bench renders the profile once, writes that exact HTML into
 * public/_bench/ (git-ignored), and starts the measured server after it: both answers are then the
 * same bytes from the same server, one rendered (or searched) and one read from disk. The copies are
 * removed at the end of the run.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../db";

const STATIC_DIR = path.join(ROOT, "public/_bench");

export type StaticCopy = { urlPath: string; bytes: number };

/** Fetches `route` from a running server and writes its body as a static file; returns its URL path. */
export async function writeStaticCopy(base: string, route: string, label: string, extension = "html"): Promise<StaticCopy> {
  const res = await fetch(base + route);
  if (!res.ok) throw new Error(`${route} answered ${res.status}`);
  const body = new Uint8Array(await res.arrayBuffer());
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  const name = `${`${label}${route}`.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.${extension}`;
  fs.writeFileSync(path.join(STATIC_DIR, name), body);
  return { urlPath: `/_bench/${name}`, bytes: body.length };
}

/** The server must answer the copy whole; otherwise the comparison would be against an error page. */
export async function checkStaticCopy(base: string, urlPath: string, bytes: number): Promise<void> {
  const res = await fetch(base + urlPath);
  const length = (await res.arrayBuffer()).byteLength;
  if (!res.ok || length !== bytes) throw new Error(`${urlPath}: HTTP ${res.status}, ${length} bytes instead of ${bytes}`);
}

export function removeStaticCopies(): void {
  fs.rmSync(STATIC_DIR, { recursive: true, force: true });
  // public/ exists only for the bench: leave no empty folder behind.
  const publicDir = path.dirname(STATIC_DIR);
  if (fs.existsSync(publicDir) && fs.readdirSync(publicDir).length === 0) fs.rmdirSync(publicDir);
}
