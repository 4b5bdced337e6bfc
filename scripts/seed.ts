/** npm run db:seed [-- --force]: migrate, then load the reference data (prints the time it took). */
import path from "node:path";
import { rebuildSearchIndex } from "../lib/search/index-builder";
import { loadReferenceData } from "../lib/seed/load-reference";
import { ROOT, databaseFile, openMigrated } from "./db";

const started = performance.now();
const { db } = openMigrated();
const result = loadReferenceData(db, path.join(ROOT, "seeds/data"), { force: process.argv.includes("--force") });
const index = rebuildSearchIndex(db);
db.close();
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `${databaseFile()}: reference data ${result.skipped ? "unchanged, skipped" : "loaded"} in ${seconds} s —`,
  Object.entries(result.counts).map(([t, n]) => `${t} ${n}`).join(", "),
);
console.log(`Search index rebuilt in ${(index.milliseconds / 1000).toFixed(2)} s: ${index.entries} entries, ${index.suggestions} suggestions`);
