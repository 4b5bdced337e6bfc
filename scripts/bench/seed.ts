/**
 * Seed time of the real data into a fresh file, as a first `npm start` does it: migrations,
 * reference data, search index (scripts/db.ts openReady), then the seed documents through the
 * import path. Also builds the suggestion index from it, for its build time and memory at ×1.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importSeedDocuments } from "../seed-documents";
import { openReady } from "../db";

export type SeedBench = { seconds: number; referenceSeconds: number; indexSeconds: number; file: string; cleanup: () => void };

/** Seeds a fresh temporary database; the caller may read it, then calls cleanup(). */
export async function runSeedBench(): Promise<SeedBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-seed-"));
  const file = path.join(dir, "seed.db");
  const started = performance.now();
  const { db, index } = await openReady(file);
  const tReady = performance.now();
  const log = console.log;
  // importSeedDocuments prints its own line; the bench prints the figure.
  console.log = () => {};
  try {
    await importSeedDocuments(db);
  } finally {
    console.log = log;
    db.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const indexSeconds = (index?.milliseconds ?? 0) / 1000;
  return {
    seconds,
    referenceSeconds: (tReady - started) / 1000 - indexSeconds,
    indexSeconds,
    file,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
