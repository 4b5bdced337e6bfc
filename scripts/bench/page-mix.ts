/**
 * The memory figure of issue 14 item 2: the RSS of `npm start`'s server on the ×10 catalogue under
 * the full public page mix — profile pages, classification entries (occupations without a profile
 * and groups), positions, search result pages, /match and career transitions — on a server started
 * for it alone, so its peak owes nothing to the other sections. Each page of the mix is a different
 * entry (hundreds of them, read from the catalogue), so the pages are rendered, not served from
 * the page cache, and every in-memory index a page needs (related entries, skills, search) is built.
 */
import Database from "better-sqlite3";
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
  load: LoadResult;
};

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
  const next = await startNext(file);
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
    return { paths: paths.length, idleMb, afterBuildsMb, firstRequestsSeconds, peakMb, endMb: treeRssMb(pid), load };
  } finally {
    await next.stop();
  }
}
