/**
 * Import throughput: documents of all three kinds generated from the seed documents (profiles
 * filed under varied real KZiS codes, positions with varied titles and duties), imported into a
 * fresh database through the real pipeline (extract → parse → suggest → write + index).
 * With a postgresql:// DATABASE_URL it measures PostgreSQL: a fresh database atlas_bench_import
 * on that server (dropped and re-created).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { collectFiles } from "../../lib/files/read-files";
import { parseFile } from "../../lib/import/parse-worker";
import { importPaths } from "../../lib/store/import";
import { WORST_CASES } from "../../tests/support/worst-cases";
import { buildCodeSuggestionIndex } from "../../lib/similarity/code-suggestion";
import { isPgPool } from "../../lib/db/pg";
import { generateDocuments, type CodeAndName } from "../../lib/seed/generated-documents";
import { ROOT, databaseUrl, isPostgres, openReadyDatabase } from "../db";
import { recreateDatabase } from "../pg";

export type ImportBench = { documents: number; seconds: number; documentsPerSecond: number; suggesterSeconds: number; summary: unknown };

export async function runImportBench(count: number): Promise<ImportBench> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-import-"));
  try {
    const docsDir = path.join(work, "docs");
    fs.mkdirSync(docsDir);
    const savedUrl = process.env.DATABASE_URL;
    process.env.DATABASE_URL = isPostgres() ? await recreateDatabase(databaseUrl(), "atlas_bench_import") : `file:${path.join(work, "bench.db")}`;
    // Only for opening the bench database: other benches of `npm run bench` read DATABASE_URL too.
    const ready = await openReadyDatabase().finally(() => {
      if (savedUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = savedUrl;
    });
    const { db, store } = ready;
    const seeds = collectFiles([path.join(ROOT, "seeds/documents")]).map((f) => fs.readFileSync(f, "utf8"));
    const codesSql = `SELECT code, name FROM "Occupation" WHERE level = 'occupation' ORDER BY code`;
    const codes = isPgPool(db) ? (await db.query<CodeAndName>(codesSql)).rows : (db.prepare(codesSql).all() as CodeAndName[]);
    for (const doc of generateDocuments(seeds, codes, count)) fs.writeFileSync(path.join(docsDir, doc.name), doc.text);
    const files = collectFiles([docsDir]);
    const t0 = performance.now();
    const suggester = buildCodeSuggestionIndex(await store.documents.suggestionCorpus());
    const t1 = performance.now();
    const { summary } = await importPaths(store, files, { suggester });
    const t2 = performance.now();
    await ready.close();
    const seconds = (t2 - t1) / 1000;
    return { documents: files.length, seconds, documentsPerSecond: files.length / seconds, suggesterSeconds: (t1 - t0) / 1000, summary };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export type ParseThroughput = { name: string; bytes: number; megabytesPerSecond: number };

/**
 * Extraction and parsing (in-process, no worker, no database) in MB/s: the four seeds as they are
 * (normal), and each worst case of tests/support/worst-cases.ts at about 900 KB (the shapes
 * that once took time growing with the square of the input). The median of `runs` after a warm-up.
 */
export async function measureParseThroughput(runs = 5): Promise<ParseThroughput[]> {
  const seeds = collectFiles([path.join(ROOT, "seeds/documents")]).map((file) => ({ fileName: path.basename(file), content: fs.readFileSync(file, "utf8") }));
  const cases: { name: string; files: { fileName: string; content: string }[] }[] = [
    { name: "normal: the four seeds", files: seeds },
    ...WORST_CASES.map((make) => {
      const worst = make(900_000);
      return { name: `worst case: ${worst.name}`, files: [worst] };
    }),
  ];
  const results: ParseThroughput[] = [];
  for (const { name, files } of cases) {
    const inputs = files.map((f) => ({ fileName: f.fileName, bytes: new TextEncoder().encode(f.content) }));
    const bytes = inputs.reduce((sum, f) => sum + f.bytes.byteLength, 0);
    const seconds: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const t0 = performance.now();
      for (const input of inputs) await parseFile(input.bytes, input.fileName);
      if (run > 0) seconds.push((performance.now() - t0) / 1000); // run 0 warms the JIT up
    }
    seconds.sort((a, b) => a - b);
    const median = seconds[Math.floor(seconds.length / 2)] ?? Number.NaN;
    results.push({ name, bytes, megabytesPerSecond: bytes / 1_000_000 / median });
  }
  return results;
}
