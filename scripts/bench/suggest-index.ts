/**
 * Build time and memory of the suggestion index (lib/search/suggest-index.ts) on a database file:
 * the read of suggest_entry and the build, timed apart; memory as the heap and typed-array bytes
 * still held after a full GC (run node with --expose-gc, as `npm run bench` does; without it the
 * figure includes garbage and is marked so).
 */
import Database from "better-sqlite3";
import { heapBytesAfterGc, isGcAvailable } from "./heap";
import { buildSuggestIndex, suggestIndexBytes, type SuggestSourceRow } from "../../lib/search/suggest-index";

export type SuggestIndexStats = { rows: number; words: number; readMs: number; buildMs: number; retainedMb: number; isGcMeasured: boolean };

export function measureSuggestIndex(file: string): SuggestIndexStats {
  const db = new Database(file, { readonly: true });
  try {
    const before = heapBytesAfterGc();
    const t0 = performance.now();
    let rows: SuggestSourceRow[] | null = db
      .prepare(`SELECT id AS rank, entry_id AS entryId, source, text FROM suggest_entry ORDER BY id`)
      .all() as SuggestSourceRow[];
    const t1 = performance.now();
    const index = buildSuggestIndex(rows);
    const t2 = performance.now();
    rows = null;
    const retained = heapBytesAfterGc() - before;
    return {
      rows: index.rowCount,
      words: index.words.length,
      readMs: t1 - t0,
      buildMs: t2 - t1,
      // Without a GC the delta is noise; fall back to the index's own count of its bytes.
      retainedMb: (isGcAvailable ? retained : suggestIndexBytes(index)) / 1e6,
      isGcMeasured: isGcAvailable,
    };
  } finally {
    db.close();
  }
}
