/**
 * npm run bench:import [-- --count 1000]
 * Generates documents of all three kinds from the seed documents (profiles filed under varied real
 * KZiS codes, positions with varied titles and duties), imports them into a fresh database through
 * the real pipeline (extract → parse → suggest → write + index), and prints documents per second.
 * With a postgresql:// DATABASE_URL it benchmarks PostgreSQL: a fresh database atlas_bench_import
 * on that server (dropped and re-created).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { collectFiles, importPaths } from "../lib/import/import-files";
import { buildSuggestionIndex } from "../lib/import/suggest";
import { isPgPool } from "../lib/db/pg";
import { readSuggestionCorpus, readSuggestionCorpusPg } from "../lib/import/suggestion-corpus";
import { ROOT, databaseUrl, isPostgres, openReadyDatabase } from "./db";
import { recreateDatabase } from "./pg";

const countArg = process.argv.indexOf("--count");
const COUNT = countArg >= 0 ? Number(process.argv[countArg + 1]) : 1000;

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-import-"));
  const docsDir = path.join(work, "docs");
  fs.mkdirSync(docsDir);
  const dbFile = path.join(work, "bench.db");
  process.env.DATABASE_URL = isPostgres() ? await recreateDatabase(databaseUrl(), "atlas_bench_import") : `file:${dbFile}`;
  const ready = await openReadyDatabase();
  const { db } = ready;

  const seeds = collectFiles([path.join(ROOT, "seeds/documents")]).map((f) => fs.readFileSync(f, "utf8"));
  const codesSql = `SELECT code, name FROM "Occupation" WHERE level = 'occupation' ORDER BY code`;
  const codes = isPgPool(db) ? (await db.query<{ code: string; name: string }>(codesSql)).rows : (db.prepare(codesSql).all() as { code: string; name: string }[]);
  for (let i = 0; i < COUNT; i++) {
    const source = seeds[i % seeds.length] ?? "";
    const occupation = codes[(i * 7919) % codes.length]!;
    const text = source.includes("Kod: ")
      ? source.replace(/Kod: \d{6}/, `Kod: ${occupation.code}`).replace(/^(Administrator systemów poczty elektronicznej|Specjalista do spraw mediów interaktywnych)$/m, occupation.name)
      : source.replace("Stanowisko ds. obsługi klienta", `Stanowisko ds. ${occupation.name.toLowerCase()} (${i})`).replace(/\n/, ` (wariant ${i}: ${occupation.name})\n`);
    fs.writeFileSync(path.join(docsDir, `${String(i).padStart(5, "0")}.txt`), text);
  }
  const files = collectFiles([docsDir]);

  const t0 = performance.now();
  const suggester = buildSuggestionIndex(isPgPool(db) ? await readSuggestionCorpusPg(db) : readSuggestionCorpus(db));
  const tIndex = performance.now();
  const { summary } = await importPaths(db, files, { suggester });
  const t1 = performance.now();
  await ready.close();
  fs.rmSync(work, { recursive: true, force: true });

  const seconds = (t1 - tIndex) / 1000;
  const perSecond = files.length / seconds;
  console.log(`Imported ${files.length} generated documents: ${JSON.stringify(summary)}`);
  console.log(`suggestion index built in ${((tIndex - t0) / 1000).toFixed(2)} s`);
  console.log(`import: ${seconds.toFixed(2)} s → ${perSecond.toFixed(0)} documents/s (target ≥ 100/s)`);
  console.log(JSON.stringify({ documents: files.length, seconds: Number(seconds.toFixed(3)), documentsPerSecond: Math.round(perSecond) }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
