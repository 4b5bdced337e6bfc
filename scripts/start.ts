/**
 * npm start: everything a fresh clone needs, then `next start`.
 *   1. creates the SQLite file named by DATABASE_URL (default file:./data/atlas.db), or connects to the
 *      PostgreSQL database of a postgresql:// URL, and applies migrations;
 *   2. loads the reference data when it is missing or changed (seconds, printed);
 *   3. imports the documents in seeds/documents through the import path until one pass has completed;
 *   4. runs `next build` when there is no build or the sources are newer than it;
 *   5. serves on PORT (default 3000) through scripts/serve.ts: Next in-process behind node:http, so the
 *      app learns each request's socket address (lib/http/client-address.ts). In this same process:
 *      an instance is one resident process, and its memory is its server's (issue 20.4).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./auth-secret";
import { needsBuild } from "./build-state";
import { ROOT, databaseFile, databaseLabel, isPostgres, openReadyDatabase } from "./db";
import { closeDefaultParsePool } from "../lib/import/parse-pool";
import { importSeedDocuments } from "./seed-documents";

const port = process.env.PORT ?? "3000";
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
// The server runs in this process, so what it needs goes into this process's environment.
const env = process.env;
env.NEXT_TELEMETRY_DISABLED = "1";
// Sign-in needs a secret of this installation (never a default) and the origin cookies belong to.
// On PostgreSQL the secret file goes in data/; several instances must share one: set BETTER_AUTH_SECRET.
env.BETTER_AUTH_SECRET ??= ensureAuthSecret(isPostgres() ? path.join(ROOT, "data", "postgresql") : databaseFile());
env.BETTER_AUTH_URL ??= `http://localhost:${port}`;

async function main() {
  const started = performance.now();
  const { db, applied, reference, index, close } = await openReadyDatabase();
  try {
    if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
    if (index) console.log(`Search index rebuilt in ${(index.milliseconds / 1000).toFixed(2)} s`);
    console.log(
      `Reference data ${reference.skipped ? "up to date" : "loaded"} (${reference.counts.Occupation} KZiS entries) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    await importSeedDocuments(db);
  } finally {
    await close();
    // The set-up's parse worker would only hold memory beside the server (which starts its own when an upload comes).
    await closeDefaultParsePool();
  }

  if (needsBuild()) {
    console.log("Building the app (next build)…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  console.log(`Serving ${databaseLabel()} on http://localhost:${port}`);
  // Not a child process: Node has no exec(), so the server is loaded here, after the set-up's
  // connections and worker are closed. NODE_ENV before Next loads (it reads it once).
  env.PORT = port;
  (env as Record<string, string>).NODE_ENV = "production";
  const { serve } = await import("./serve");
  await serve();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
