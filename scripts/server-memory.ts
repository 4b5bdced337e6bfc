/**
 * What npm start's server keeps in memory beyond its data (issue 14, item 2; ADR 0021): how far V8's heap
 * grows beyond what it holds, and no source maps.
 *
 * Measured under the bench's page mix at ×10 (scripts/memory-log.ts): the RSS was mostly V8's heap,
 * and most of that heap was room, not data. After a full GC V8 sets the next one at the live size
 * times a factor it picks from its own speed, up to 4×: the index builds at the first requests
 * left ~280 MB alive in a heap of 1.2 GB, and V8 kept most of its pages (at the end of the load
 * a heap of 816 MB for 341 MB in use, RSS 1,274 MB). A fixed factor of 1 + HEAP_GROWING_PERCENT/100 collects sooner and keeps
 * the heap near what it holds. Not a cap (--max-old-space-size): a heap that needs more still
 * gets it, where a cap would end the server with an out-of-memory crash; the price is more
 * frequent (mostly concurrent) marking.
 *
 * Set at run time through v8.setFlagsFromString, as serve() begins: npm start (and the soak, which
 * runs the same scripts/start.ts) calls serve() in its own process, the bench starts
 * scripts/serve.ts, and V8 reads this flag each time it sizes the heap after a collection, so one
 * call covers every way the server starts and no launcher needs a node flag.
 * HEAP_GROWING_PERCENT=0 leaves V8's own heuristics (more memory, fewer collections).
 *
 * Source maps off: tsx (npm start runs `node --import tsx`) turns Node's source-map support on, and
 * Node then parses and keeps the map of every module loaded after it, sources included: Next's
 * runtime and every chunk of .next/server, 31 MB of the heap in the snapshot under the page mix.
 * `next start` runs without them too; a logged stack trace then names the built chunk's line.
 */
import v8 from "node:v8";

export const DEFAULT_HEAP_GROWING_PERCENT = 20;

export function heapGrowingPercent(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.HEAP_GROWING_PERCENT;
  const percent = raw === undefined || raw === "" ? DEFAULT_HEAP_GROWING_PERCENT : Number(raw);
  if (!Number.isInteger(percent) || percent < 0 || percent > 1000)
    throw new Error(`HEAP_GROWING_PERCENT must be a whole number from 0 (V8's own) to 1000, not ${JSON.stringify(raw)}`);
  return percent;
}

/** The V8 flag for `percent`; none for 0 (V8 decides). */
export function heapFlags(percent: number): string[] {
  return percent > 0 ? [`--heap-growing-percent=${percent}`] : [];
}

/** Applies both to this process, before the server loads Next's chunks; returns the percent in force (0: V8's own). */
export function boundServerMemory(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const percent = heapGrowingPercent(env);
  for (const flag of heapFlags(percent)) v8.setFlagsFromString(flag);
  process.setSourceMapsEnabled(false);
  return percent;
}
