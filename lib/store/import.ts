/**
 * The import of files into the store: parse (lib/import, pure) → write (the document store, one
 * transaction per document with its search entries). Used by the CLI (`npm run import`), the first
 * start (seeds/documents) and the upload form (lib/editor/upload-import.ts).
 */
import path from "node:path";
import { readBytes, readError } from "@/lib/files/read-files";
import { failedOutcome, prepareDocument, type CodeSuggester, type FileOutcome } from "@/lib/import/prepare";
import { buildLexiconIndex, type LexiconIndex } from "@/lib/lexicon/match";
import { mergeSuggestions, suggestCodesThroughLexicon } from "@/lib/lexicon/suggest";
import { buildCodeSuggestionIndex, type CodeSuggestionIndex } from "@/lib/similarity/code-suggestion";
import { storeOf, type StoreHandle } from "./index";
import type { Store } from "./types";

/** `replace`: save a version even when it holds less than the stored one (document-plan.ts contentLoss). */
export type ImportOptions = { dryRun?: boolean; replace?: boolean; suggester?: CodeSuggester };

export async function importFile(target: Store | StoreHandle, file: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<FileOutcome> {
  try {
    const { document, write } = await prepareDocument(file, options.suggester);
    const store = storeOf(target);
    // The dry run (the CLI's --dry-run, the upload's preview) says what a write would remove.
    if (options.dryRun) return { file: file.name, status: "parsed", document, documentId: null, error: null, loss: await store.documents.lossOf(write) };
    // Forced over a poorer check, the loss is still reported: it is what the replacement removed.
    const loss = options.replace ? await store.documents.lossOf(write) : null;
    const result = await store.documents.write(write, { replace: options.replace });
    return { file: file.name, status: result.status, document, documentId: result.documentId, error: null, loss };
  } catch (error) {
    return failedOutcome(file.name, error);
  }
}

type Suggesters = { text: CodeSuggestionIndex; lexicon: LexiconIndex; codes: string[] };

async function buildSuggesters(store: Store): Promise<Suggesters> {
  const [corpus, rows] = await Promise.all([store.documents.suggestionCorpus(), store.documents.lexicon()]);
  return { text: buildCodeSuggestionIndex(corpus), lexicon: buildLexiconIndex(rows), codes: [...new Set(corpus.map((c) => c.code))] };
}

/**
 * Built on first use only (~0.1 s to read, more to build): a batch of profiles, which carry their
 * code, never needs it. The lexicon's suggestions come first (lib/lexicon/suggest.ts): a Kazakh or
 * Russian document's words name them; a Polish document names none and keeps the text's.
 */
export function lazySuggester(store: Store): CodeSuggester {
  let suggesters: Promise<Suggesters> | null = null;
  return {
    async suggest(text, limit = 3) {
      // A failed read (the database away) is not kept: the next document tries again.
      suggesters ??= buildSuggesters(store).catch((error: unknown) => {
        suggesters = null;
        throw error;
      });
      const { text: index, lexicon, codes } = await suggesters;
      return mergeSuggestions(suggestCodesThroughLexicon(lexicon, text, codes, limit), index.suggest(text, limit), limit);
    },
  };
}

export type ImportSummary = Record<FileOutcome["status"], number>;

/** Imports many files one by one (each in its own transaction), reporting progress. */
export async function importPaths(
  target: Store | StoreHandle,
  files: string[],
  options: ImportOptions & { onProgress?: (done: number, total: number, outcome: FileOutcome) => void; maxBytes?: number } = {},
): Promise<{ outcomes: FileOutcome[]; summary: ImportSummary }> {
  const store = storeOf(target);
  const suggester = options.suggester ?? lazySuggester(store);
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    let outcome: FileOutcome;
    const started = performance.now();
    try {
      outcome = await importFile(store, { name: path.basename(file), bytes: readBytes(file, options.maxBytes) }, { ...options, suggester });
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
