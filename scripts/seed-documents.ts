/**
 * Imports seeds/documents through the same import path as `npm run import`. Takes the caller's
 * connection, which is already migrated and loaded (scripts/db.ts openReady).
 *
 * Runs until one pass has completed without a failure, recorded in AppMeta with a fingerprint of
 * the seed files: a first start killed in the middle of the seed import (each document is atomic)
 * imports the rest on the next start, instead of seeing "some documents exist" and never finishing;
 * a later release that ships new or changed seed files imports them. Documents already imported
 * with the same content are reported unchanged and left as they are (editors' work is kept).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { collectFiles } from "../lib/files/read-files";
import { storeOf, type Store, type StoreHandle } from "../lib/store";
import { importPaths } from "../lib/store/import";
import { ROOT } from "./db";

export const SEED_DOCUMENTS_KEY = "seed-documents";

export async function importSeedDocuments(target: Store | StoreHandle, dir = path.join(ROOT, "seeds/documents")): Promise<void> {
  const store = storeOf(target);
  const files = collectFiles([dir]);
  const fingerprint = fingerprintOf(files);
  if ((await store.meta.read(SEED_DOCUMENTS_KEY)) === fingerprint) return;
  const started = performance.now();
  const { outcomes, summary } = await importPaths(store, files);
  for (const o of outcomes) if (o.error) console.error(`Seed document not imported: ${o.error.message}`);
  console.log(
    `Seed documents: ${summary.imported} imported, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  if (summary.failed === 0) await store.meta.write(SEED_DOCUMENTS_KEY, fingerprint);
}

function fingerprintOf(files: string[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.basename(file)).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("base64url");
}
