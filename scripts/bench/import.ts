/**
 * Import throughput: documents of all three kinds generated from the seed documents (profiles
 * filed under varied real KZiS codes, positions with varied titles and duties), imported into a
 * fresh database through the real pipeline (extract → parse → suggest → write + index).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { collectFiles, importPaths } from "../../lib/import/import-files";
import { buildSuggestionIndex } from "../../lib/import/suggest";
import { readSuggestionCorpus } from "../../lib/import/suggestion-corpus";
import { ROOT, openReady } from "../db";

export type ImportBench = { documents: number; seconds: number; documentsPerSecond: number; suggesterSeconds: number; summary: unknown };

export async function runImportBench(count: number): Promise<ImportBench> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-bench-import-"));
  try {
    const docsDir = path.join(work, "docs");
    fs.mkdirSync(docsDir);
    const { db } = openReady(path.join(work, "bench.db"));
    const seeds = collectFiles([path.join(ROOT, "seeds/documents")]).map((f) => fs.readFileSync(f, "utf8"));
    const codes = db.prepare(`SELECT code, name FROM Occupation WHERE level = 'occupation' ORDER BY code`).all() as { code: string; name: string }[];
    for (let i = 0; i < count; i++) {
      const source = seeds[i % seeds.length] ?? "";
      const occupation = codes[(i * 7919) % codes.length]!;
      const text = source.includes("Kod: ")
        ? source.replace(/Kod: \d{6}/, `Kod: ${occupation.code}`).replace(/^(Administrator systemów poczty elektronicznej|Specjalista do spraw mediów interaktywnych)$/m, occupation.name)
        : source.replace("Stanowisko ds. obsługi klienta", `Stanowisko ds. ${occupation.name.toLowerCase()} (${i})`).replace(/\n/, ` (wariant ${i}: ${occupation.name})\n`);
      fs.writeFileSync(path.join(docsDir, `${String(i).padStart(5, "0")}.txt`), text);
    }
    const files = collectFiles([docsDir]);
    const t0 = performance.now();
    const suggester = buildSuggestionIndex(readSuggestionCorpus(db));
    const t1 = performance.now();
    const { summary } = await importPaths(db, files, { suggester });
    const t2 = performance.now();
    db.close();
    const seconds = (t2 - t1) / 1000;
    return { documents: files.length, seconds, documentsPerSecond: files.length / seconds, suggesterSeconds: (t1 - t0) / 1000, summary };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
