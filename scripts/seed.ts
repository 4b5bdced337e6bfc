/** npm run db:seed [-- --force]: migrate, load the reference data and build the search index; prints the times. */
import { rebuildSearchIndex } from "../lib/search/index-builder";
import { databaseFile, openReady } from "./db";

const started = performance.now();
const force = process.argv.includes("--force");
const { db, reference, index: built } = openReady(databaseFile(), { forceReference: force });
const index = built ?? (force ? rebuildSearchIndex(db) : null);
db.close();
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `${databaseFile()}: reference data ${reference.skipped ? "unchanged, skipped" : "loaded"} in ${seconds} s —`,
  Object.entries(reference.counts).map(([t, n]) => `${t} ${n}`).join(", "),
);
if (index) console.log(`Search index rebuilt in ${(index.milliseconds / 1000).toFixed(2)} s: ${index.entries} entries, ${index.suggestions} suggestions`);
