/** npm run db:seed [-- --force]: migrate, then load the reference data (prints the time it took). */
import path from "node:path";
import { loadReferenceData } from "../lib/seed/load-reference";
import { ROOT, databaseFile, openMigrated } from "./db";

const started = performance.now();
const { db } = openMigrated();
const result = loadReferenceData(db, path.join(ROOT, "seeds/data"), { force: process.argv.includes("--force") });
db.close();
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `${databaseFile()}: reference data ${result.skipped ? "unchanged, skipped" : "loaded"} in ${seconds} s —`,
  Object.entries(result.counts).map(([t, n]) => `${t} ${n}`).join(", "),
);
