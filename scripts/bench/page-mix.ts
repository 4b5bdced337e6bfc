/**
 * The memory figure of issue 14 item 2: the RSS of `npm start`'s server on the ×10 catalogue under
 * the full public page mix — profile pages, classification entries (occupations without a profile
 * and groups), positions, search result pages, /match and career transitions — on a server started
 * for it alone, so its peak owes nothing to the other sections. Each page of the mix is a different
 * entry (hundreds of them, read from the catalogue), so the pages are rendered, not served from
 * the page cache, and every in-memory index a page needs (related entries, skills, search) is built.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { readMemoryLog, type MemoryLine } from "../memory-log";
import { runLoad, type LoadResult } from "./load";
import { sampleRss, startNext, treeRssMb } from "./server";

export type PageMixMemory = {
  paths: number;
  idleMb: number;
  /** After one request of each kind, waited for: the indexes are built. */
  afterBuildsMb: number;
  firstRequestsSeconds: number;
  peakMb: number;
  endMb: number;
  /**
   * Whose memory, from the server's own log (scripts/memory-log.ts): its line of highest RSS and
   * its last line. The log's timer waits while a build holds the event loop, so its highest line
   * can miss the sampled peak by a little.
   */
  split: { atPeak: MemoryLine; atEnd: MemoryLine } | null;
  load: LoadResult;
};

/** "rss 836 = heap 456 (used 363) + external 117 + native 262 MB" for a log line. */
export function describeSplit(line: MemoryLine): string {
  const r = Math.round;
  return `rss ${r(line.rss)} = heap ${r(line.heapTotal)} (used ${r(line.heapUsed)}) + external ${r(line.external)} + native ${r(line.native)} MB`;
}

/** The mix's paths, interleaved by kind so each connection walks through every kind. */
export function pageMixPaths(
  file: string,
  extra: { searchQueries: readonly string[]; matchPaths: readonly string[]; transitionCodes: readonly string[] },
): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const column = (sql: string) => (db.prepare(sql).all() as { v: string | number }[]).map((r) => String(r.v));
    // Every n-th row, so the pages spread over the whole catalogue (real and generated entries).
    const profiles = column(`SELECT occupationCode AS v FROM Profile ORDER BY occupationCode`).filter((_, i) => i % 16 === 0);
    const plain = column(
      `SELECT code AS v FROM Occupation o WHERE level = 'occupation' AND NOT EXISTS (SELECT 1 FROM Profile p WHERE p.occupationCode = o.code) ORDER BY code`,
    ).filter((_, i) => i % 100 === 0);
    const groups = column(`SELECT code AS v FROM Occupation WHERE level IN ('unit', 'minor') ORDER BY code`).filter((_, i) => i % 40 === 0);
    const positions = column(`SELECT id AS v FROM Position ORDER BY id`);
    const kinds = [
      profiles.map((c) => `/occupations/${c}`),
      plain.map((c) => `/occupations/${c}`),
      groups.map((c) => `/occupations/${c}`),
      positions.map((id) => `/positions/${id}`),
      extra.searchQueries.map((q) => `/search?q=${encodeURIComponent(q)}`),
      [...extra.matchPaths],
      extra.transitionCodes.map((c) => `/api/v1/occupations/${c}/transitions`),
    ].filter((k) => k.length > 0);
    const longest = Math.max(...kinds.map((k) => k.length));
    const out: string[] = [];
    for (let i = 0; i < longest; i++) for (const kind of kinds) out.push(kind[i % kind.length]!);
    return out;
  } finally {
    db.close();
  }
}

/** Starts a server on `file`, requests one path of each kind (the index builds), then runs the mix at 8 connections for `seconds`, sampling RSS. */
export async function measurePageMixMemory(
  file: string,
  paths: readonly string[],
  firstOfEachKind: readonly string[],
  seconds: number,
): Promise<PageMixMemory> {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-memory-"));
  const log = path.join(logDir, "memory.jsonl");
  const next = await startNext(file, { ATLAS_MEMORY_LOG: log });
  try {
    const pid = next.process.pid!;
    const idleMb = treeRssMb(pid);
    const rss = sampleRss(pid);
    const started = performance.now();
    for (const p of firstOfEachKind) {
      const res = await fetch(next.base + p, { signal: AbortSignal.timeout(180_000) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`page mix: ${p} answered ${res.status}`);
    }
    const firstRequestsSeconds = (performance.now() - started) / 1000;
    const afterBuildsMb = treeRssMb(pid);
    const load = await runLoad(next.base, paths, 8, seconds);
    const { peakMb } = rss.stop();
    const endMb = treeRssMb(pid);
    await next.stop();
    const lines = readMemoryLog(log);
    const split = lines.length ? { atPeak: lines.reduce((a, b) => (b.rss > a.rss ? b : a)), atEnd: lines.at(-1)! } : null;
    return { paths: paths.length, idleMb, afterBuildsMb, firstRequestsSeconds, peakMb, endMb, split, load };
  } finally {
    await next.stop();
    fs.rmSync(logDir, { recursive: true, force: true });
  }
}
