/**
 * Imports seeds/documents through the same import path as `npm run import`, but only into a
 * database that has no imported document yet (first start). Takes the caller's connection, which
 * is already migrated and loaded (scripts/db.ts openReady).
 */
import path from "node:path";
import { isPgPool } from "../lib/db/pg";
import type { ImportDb } from "../lib/import/import-file";
import { collectFiles, importPaths } from "../lib/import/import-files";
import { ROOT } from "./db";

export async function importSeedDocumentsIfEmpty(db: ImportDb): Promise<void> {
  const n = isPgPool(db)
    ? (await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "SourceDocument"`)).rows[0]!.n
    : (db.prepare(`SELECT COUNT(*) AS n FROM SourceDocument`).get() as { n: number }).n;
  if (n > 0) return;
  const started = performance.now();
  const { outcomes, summary } = await importPaths(db, collectFiles([path.join(ROOT, "seeds/documents")]));
  for (const o of outcomes) if (o.error) console.error(`Seed document not imported: ${o.error.message}`);
  console.log(`Seed documents: ${summary.imported} imported, ${summary.failed} failed in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
