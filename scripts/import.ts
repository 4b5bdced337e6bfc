/**
 * npm run import -- [--dry-run] [--replace] [--json] <file-or-folder>…
 * Imports each document atomically and idempotently; exit code 0 when every file imported
 * (or was unchanged), 1 when any failed (the others still import) — a version holding less than the
 * stored one is refused as "poorer" unless --replace (lib/store/document-plan.ts contentLoss); the
 * dry run says what it would remove —, 2 for wrong usage, 69 when the
 * database is not available (scripts/cli.ts). With --json, stdout is a JSON
 * array with one object per file (with its error, the limit it went over, and its milliseconds);
 * progress and the summary go to stderr. Files are parsed in a worker with limits (parse-pool.ts).
 */
import { collectFiles } from "../lib/files/read-files";
import { AppError } from "../lib/errors";
import { describeLoss } from "../lib/store/document-plan";
import { IMPORT_REVALIDATIONS } from "../lib/store/changes";
import { importPaths } from "../lib/store/import";
import { runCli } from "./cli";
import { databaseLabel, openReadyDatabase } from "./db";

const USAGE = "Usage: npm run import -- [--dry-run] [--replace] [--json] <file-or-folder>…";

type Args = { dryRun: boolean; replace: boolean; json: boolean; paths: string[] };

function parseArgs(argv: string[]): Args {
  const args: Args = { dryRun: false, replace: false, json: false, paths: [] };
  for (const a of argv) {
    if (a === "--dry-run") args.dryRun = true;
    else if (a === "--replace") args.replace = true;
    else if (a === "--json") args.json = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith("--")) throw new AppError("bad-request", `Unknown option ${a}. ${USAGE}`);
    else args.paths.push(a);
  }
  if (args.paths.length === 0) throw new AppError("bad-request", `Name at least one file or folder. ${USAGE}`);
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const files = collectFiles(args.paths);
  const ready = await openReadyDatabase();
  const { db } = ready;
  const started = performance.now();
  const showProgress = process.stderr.isTTY && files.length > 1;
  const { outcomes, summary } = await importPaths(db, files, {
    dryRun: args.dryRun,
    replace: args.replace,
    onProgress: (done, total, outcome) => {
      if (showProgress) process.stderr.write(`\r\x1b[K[${done}/${total}] ${outcome.status.padEnd(9)} ${outcome.file}`);
      if (outcome.error && !args.json) process.stderr.write(`${showProgress ? "\n" : ""}✗ ${outcome.error.message}\n`);
    },
  });
  // The running servers on a PostgreSQL database show the new documents at once (on SQLite within
  // the pages' 60 s: no feed between processes there).
  if (outcomes.some((o) => o.status === "imported" || o.status === "updated")) {
    await ready.store.changes.announce({ origin: "cli", revalidations: [...IMPORT_REVALIDATIONS] }).catch((error: unknown) => {
      console.warn("The running servers were not told of the import; they show it within 60 s.", error);
    });
  }
  await ready.close();
  if (showProgress) process.stderr.write("\n");

  if (args.json) {
    const rows = outcomes.map((o) => ({
      ...(o.document ?? { file: o.file }),
      file: o.file,
      status: o.status,
      error: o.error,
      loss: o.loss ?? null,
      milliseconds: o.milliseconds,
    }));
    process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
  } else {
    for (const o of outcomes) {
      if (o.document) console.log(`${o.status.padEnd(9)} ${o.file}: ${o.document.kind} (${o.document.language}) ${o.document.code ?? "—"} ${o.document.title}`);
      if (o.document && o.loss)
        console.log(`          ${args.dryRun ? "would replace a richer version: " : "replaced a richer version: "}${describeLoss(o.loss)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const parts = Object.entries(summary)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  process.stderr.write(
    `${files.length} file(s) in ${seconds.toFixed(2)} s${args.dryRun ? " (dry run, nothing written)" : ` into ${databaseLabel()}`}: ${parts.join(", ") || "nothing"}\n`,
  );
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

runCli(main);
