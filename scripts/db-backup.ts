/**
 * npm run db:backup -- [--out backups/atlas-<timestamp>.db]
 * An online backup of the database named by DATABASE_URL (default data/atlas.db): safe while the
 * server runs and imports, since it goes through SQLite's backup API (one consistent snapshot),
 * then `PRAGMA integrity_check` on the copy. Prints the file, its size and the time taken.
 */
import path from "node:path";
import { backupDatabase } from "../lib/db/backup";
import { ROOT, databaseFile, isPostgres } from "./db";

const USAGE = "Usage: npm run db:backup -- [--out file]";

function parseArgs(argv: string[]): { out: string } {
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out" && argv[i + 1]) out = argv[++i]!;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown argument ${a}. ${USAGE}`);
      process.exit(2);
    }
  }
  // A timestamp without colons: valid in file names everywhere, and sorts by time.
  const stamp = new Date()
    .toISOString()
    .replace(/:/g, "-")
    .replace(/\.\d+Z$/, "Z");
  return { out: path.resolve(out ?? path.join(ROOT, "backups", `atlas-${stamp}.db`)) };
}

async function main() {
  if (isPostgres()) {
    // PostgreSQL has its own consistent online backup; this command is SQLite's (README, Reliability).
    console.error('DATABASE_URL is PostgreSQL: use PostgreSQL\'s own tools, e.g. pg_dump --format=custom --file=atlas.dump "$DATABASE_URL"');
    process.exitCode = 2;
    return;
  }
  const { out } = parseArgs(process.argv.slice(2));
  const source = databaseFile();
  const result = await backupDatabase(source, out);
  console.log(
    `Backed up ${source} → ${result.file}: ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.pages} pages, integrity ok, in ${(result.milliseconds / 1000).toFixed(2)} s`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
