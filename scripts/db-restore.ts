/**
 * npm run db:restore -- <backup-file> [--force]
 * Restores a backup made by db:backup into the database named by DATABASE_URL (default
 * data/atlas.db). The backup's integrity is checked first. A database that a server has open is
 * refused unless --force: the server would keep serving caches of the old data (stop it, restore,
 * start it again).
 */
import { RestoreRefused, restoreDatabase } from "../lib/db/backup";
import { databaseFile, isPostgres } from "./db";

const USAGE = "Usage: npm run db:restore -- <backup-file> [--force]";

function parseArgs(argv: string[]): { file: string; force: boolean } {
  let file: string | null = null;
  let force = false;
  for (const a of argv) {
    if (a === "--force") force = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--") || file) {
      console.error(`Unexpected argument ${a}. ${USAGE}`);
      process.exit(2);
    } else file = a;
  }
  if (!file) {
    console.error(`Name the backup file. ${USAGE}`);
    process.exit(2);
  }
  return { file, force };
}

async function main() {
  if (isPostgres()) {
    // PostgreSQL has its own consistent online backup; this command is SQLite's (README, Reliability).
    console.error('DATABASE_URL is PostgreSQL: use PostgreSQL\'s own tools, e.g. pg_restore --clean --if-exists --dbname="$DATABASE_URL" atlas.dump');
    process.exitCode = 2;
    return;
  }
  const { file, force } = parseArgs(process.argv.slice(2));
  const target = databaseFile();
  const result = await restoreDatabase(file, target, { force });
  console.log(`Restored ${file} → ${result.file}: ${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${(result.milliseconds / 1000).toFixed(2)} s`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  // 3: refused on purpose (the database is in use), distinct from a failure.
  process.exitCode = error instanceof RestoreRefused ? 3 : 1;
});
