/**
 * Imports many files one by one (each in its own transaction), reporting progress. Shared by the
 * CLI and the first-start seeding. I/O of the file system stays here and in the CLI, never in parsers.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { isPgPool } from "@/lib/db/pg";
import { isImportError, MAX_IMPORT_BYTES } from "./errors";
import { tooLargeError } from "./extract";
import { importFile, type FileOutcome, type ImportDb, type ImportOptions } from "./import-file";
import { buildCodeSuggestionIndex, type CorpusEntry } from "@/lib/similarity/code-suggestion";
import { readSuggestionCorpus, readSuggestionCorpusPg } from "./suggestion-corpus";

/** Files under the given paths (folders recursively, in name order; hidden files skipped). */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) {
      out.push(p); // reported as a failed file ("no such file"), not a crash
      return;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!name.startsWith(".")) visit(path.join(p, name));
    } else out.push(p);
  };
  paths.forEach(visit);
  return out;
}

export type ImportSummary = Record<FileOutcome["status"], number>;

export async function importPaths(
  db: ImportDb,
  files: string[],
  options: ImportOptions & { onProgress?: (done: number, total: number, outcome: FileOutcome) => void; maxBytes?: number } = {},
): Promise<{ outcomes: FileOutcome[]; summary: ImportSummary }> {
  // Built on first use only: a batch of profiles (which carry their code) never needs it.
  let built: ReturnType<typeof buildCodeSuggestionIndex> | null = null;
  // The suggester is synchronous: on PostgreSQL its corpus is read up front (~0.1 s), on SQLite on first use.
  const corpusPg = !options.suggester && isPgPool(db) ? await readSuggestionCorpusPg(db) : null;
  const readCorpus = (): CorpusEntry[] => corpusPg ?? readSuggestionCorpus(db as Database.Database);
  const suggester = options.suggester ?? { suggest: (text: string, limit?: number) => (built ??= buildCodeSuggestionIndex(readCorpus())).suggest(text, limit) };
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let outcome: FileOutcome;
    const started = performance.now();
    try {
      outcome = await importFile(db, { name: path.basename(file), bytes: readBytes(file, options.maxBytes) }, { ...options, suggester });
    } catch (error) {
      outcome = { file: path.basename(file), status: "failed", document: null, documentId: null, error: readError(file, error) };
    }
    outcome.milliseconds = Math.round(performance.now() - started);
    outcomes.push(outcome);
    options.onProgress?.(i + 1, files.length, outcome);
  }
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, failed: 0, parsed: 0 };
  for (const o of outcomes) summary[o.status]++;
  return { outcomes, summary };
}

/** Reads a file, refusing one over the import limit before loading (maybe gigabytes of) it. */
function readBytes(file: string, maxBytes = MAX_IMPORT_BYTES): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    // Refused here, with its real size: what was read would say only "more than the limit".
    if (size > maxBytes) throw tooLargeError(size, path.basename(file));
    const length = size;
    const buffer = Buffer.alloc(length);
    fs.readSync(fd, buffer, 0, length, 0);
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}

/** A file that could not be read (missing, a directory, oversized) as an outcome's error. */
function readError(file: string, error: unknown): { code: string; message: string } {
  if (isImportError(error)) return { code: error.code, message: error.message };
  const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
  return { code: "unreadable", message: `Cannot import "${file}": ${reason}` };
}
