/**
 * DATABASE_URL=file:./data/scale.db npm run db:scale -- [--factor 10] [--seed 7] [--replace]
 *
 * A catalogue `factor` times the real one, derived from the real data, in a fresh database, to
 * prove the app at scale (issue 7). The real KZiS entries, reference data and seed documents are
 * loaded first and stay intact; synthetic entries are added as sibling branches with codes that do
 * not exist in KZiS, keeping the 1/2/3/4/6-digit structure:
 *   - new minor groups (3 digits) in free slots of real sub-major groups, each a re-coded copy of
 *     a real minor group with its unit groups and occupations;
 *   - new unit groups (4 digits) in free slots of real minor groups, copies of a real unit group;
 *   - new occupations (6 digits) in free slots of real unit groups.
 * Names are built from real names and real GUS job titles; descriptions, group tasks, titles and
 * ESCO links come from the copied entry. About 500 × factor synthetic occupations get a described
 * profile recombined from the items of the real seed profiles.
 * Deterministic: the same factor and seed give the same database. Raw better-sqlite3 in one
 * transaction (tens of thousands of rows; Prisma would take minutes), then the search index.
 * NOTE: a later reference-data reload (seeds/data changed) replaces group tasks, GUS/ESCO titles
 * and ESCO links whole, so synthetic entries lose theirs: make the scale database again then.
 */
import fs from "node:fs";
import path from "node:path";
import { collectFiles } from "../lib/files/read-files";
import { importPaths } from "../lib/store/import";
import { rebuildSearchIndex } from "../lib/search/index-builder";
import { countRows, loadReferenceData } from "../lib/seed/load-reference";
import { addScaleData } from "../lib/seed/scale-data";
import { ROOT, databaseFile, openMigrated } from "./db";

const USAGE = "Usage: DATABASE_URL=file:./data/scale.db npm run db:scale -- [--factor 10] [--seed 7] [--replace]";

type Args = { factor: number; seed: number; replace: boolean };

function parseArgs(argv: string[]): Args {
  const args: Args = { factor: 10, seed: 7, replace: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--factor") args.factor = Number(argv[++i]);
    else if (a === "--seed") args.seed = Number(argv[++i]);
    else if (a === "--replace") args.replace = true;
    else {
      console.log(USAGE);
      process.exit(a === "--help" || a === "-h" ? 0 : 2);
    }
  }
  if (!Number.isInteger(args.factor) || args.factor < 2 || args.factor > 50) throw new Error(`--factor must be a whole number from 2 to 50. ${USAGE}`);
  if (!Number.isInteger(args.seed)) throw new Error(`--seed must be a whole number. ${USAGE}`);
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const file = databaseFile();
  if (fs.existsSync(file)) {
    if (!args.replace) throw new Error(`${file} exists. The scale data goes into a fresh database: name another file, or pass --replace to delete this one.`);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
  const started = performance.now();
  const { db } = openMigrated(file);
  loadReferenceData(db, path.join(ROOT, "seeds/data"));
  // The seed documents through the real pipeline: the two real profiles the synthetic ones recombine.
  await importPaths(db, collectFiles([path.join(ROOT, "seeds/documents")]));
  const tReal = performance.now();
  const { added, profiles, target } = addScaleData(db, args);
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM Occupation`).get() as { n: number }).n;
  // The KZiS code space is finite (99 occupations per unit group, 10 children per group).
  if (total < target) console.warn(`Only ${total} entries fit the code space, ${target - total} short of ×${args.factor}.`);
  const tScale = performance.now();
  const index = rebuildSearchIndex(db);
  const tIndex = performance.now();
  const counts = {
    ...countRows(db),
    Profile: (db.prepare(`SELECT COUNT(*) AS n FROM Profile`).get() as { n: number }).n,
    TaskItem: (db.prepare(`SELECT COUNT(*) AS n FROM TaskItem`).get() as { n: number }).n,
  };
  db.close();

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`${file}: ×${args.factor} (seed ${args.seed}) — ${added} synthetic entries, ${profiles} synthetic profiles`);
  console.log(
    Object.entries(counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(", "),
  );
  console.log(
    `real data ${s(tReal - started)}, synthetic data ${s(tScale - tReal)}, search index ${s(tIndex - tScale)} (${index.entries} entries, ${index.suggestions} suggestions); total ${s(tIndex - started)}`,
  );
  console.log(`${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
