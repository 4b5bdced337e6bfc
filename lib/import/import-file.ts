/**
 * The import of one file, from bytes to database: extract text → parse → suggest codes → write.
 * Used by the CLI (`npm run import`), the first start (seeds/documents) and the upload form.
 * Every failure becomes an outcome with a clear message; nothing thrown here stops other files.
 */
import type Database from "better-sqlite3";
import type pg from "pg";
import { isPgPool, lockForWritingPg, withPgTransaction, type PgQueryable } from "@/lib/db/pg";
import { reindexEntries } from "@/lib/search/index-builder";
import { reindexEntriesPg } from "@/lib/search/pg/index-builder";
import type { ParsedDocument } from "@/lib/validation/document";
import { isDatabaseUnavailable, toAppError } from "../errors";
import { ImportError, isImportError, type ImportLimit } from "./errors";
import { parseInWorker } from "./parse-pool";
import type { CodeSuggestion, WriteInput, WriteResult } from "./write-document";
import { writeDocument } from "./write-document";
import { writeDocumentPg } from "./write-document-pg";

/** Below this cosine similarity a "suggestion" is noise (e.g. a Kazakh text against Polish names). */
export const MIN_SUGGESTION_SCORE = 0.05;

export type ImportStatus = "imported" | "updated" | "unchanged" | "failed" | "parsed";

export type ImportedDocument = ParsedDocument & { file: string; suggestedCodes: CodeSuggestion[] };

export type FileOutcome = {
  file: string;
  status: ImportStatus;
  document: ImportedDocument | null;
  documentId: number | null;
  /** `limit`: the parsing limit a refused file went over (code "over-limit"), for a translated message. */
  error: { code: string; message: string; limit?: ImportLimit | null } | null;
  /** How long reading, parsing and writing the file took (set by importPaths). */
  milliseconds?: number;
};

export type CodeSuggester = { suggest(text: string, limit?: number): CodeSuggestion[] };

export type ImportOptions = {
  dryRun?: boolean;
  suggester?: CodeSuggester;
  /** Refreshes the search index inside the document's own transaction (default: lib/search). */
  reindex?: (db: Database.Database, target: Pick<WriteResult, "occupationCodes" | "positionIds">) => void;
  /** The same on PostgreSQL (default: lib/search/pg), inside the document's transaction. */
  reindexPg?: (db: PgQueryable, target: Pick<WriteResult, "occupationCodes" | "positionIds">) => Promise<unknown>;
};

/** A SQLite connection (raw better-sqlite3) or the PostgreSQL pool. */
export type ImportDb = Database.Database | pg.Pool;

/**
 * One document, one transaction, the search rows included: all of it or nothing. SQLite: BEGIN
 * IMMEDIATE. PostgreSQL: the writers' advisory lock first, so imports from several processes and
 * the editors' publishes take turns instead of failing on each other.
 */
async function writeAtomically(db: ImportDb, input: WriteInput, options: ImportOptions): Promise<WriteResult> {
  if (isPgPool(db)) {
    return withPgTransaction(db, async (client) => {
      // Still atomic, and durable against a crash of the app; only a crash of the server or the
      // machine may lose the last fraction of a second of imports, which re-importing (idempotent)
      // restores: the same trade as SQLite's synchronous=NORMAL (lib/db/sqlite.ts). It spares a
      // WAL flush per document: 37 → 66 documents/s on the 2-core machine (npm run bench:import).
      await client.query(`SET LOCAL synchronous_commit = off`);
      await lockForWritingPg(client);
      const result = await writeDocumentPg(client, input);
      if (result.status !== "unchanged") await (options.reindexPg ?? reindexEntriesPg)(client, result);
      return result;
    });
  }
  const write = db.transaction(() => {
    const result = writeDocument(db, input);
    if (result.status !== "unchanged") (options.reindex ?? reindexEntries)(db, result);
    return result;
  });
  return write.immediate();
}

export async function importFile(db: ImportDb, file: { name: string; bytes: Uint8Array }, options: ImportOptions = {}): Promise<FileOutcome> {
  try {
    // Extraction and parsing in a worker with memory and time limits (lib/import/parse-pool.ts).
    const { format, text, parsed } = await parseInWorker(file.bytes, file.name);
    const suggestedCodes =
      parsed.kind !== "occupation-profile" && parsed.code === null && options.suggester
        ? options.suggester.suggest(documentText(parsed), 3).filter((s) => s.score >= MIN_SUGGESTION_SCORE)
        : [];
    const document: ImportedDocument = { file: file.name, ...parsed, suggestedCodes };
    if (options.dryRun) return { file: file.name, status: "parsed", document, documentId: null, error: null };

    const result = await writeAtomically(db, { fileName: file.name, format, byteSize: file.bytes.byteLength, text, parsed, suggestedCodes }, options);
    return { file: file.name, status: result.status, document, documentId: result.documentId, error: null };
  } catch (error) {
    // A database that does not answer is no fault of the file: "unavailable", to be retried.
    const known = isImportError(error)
      ? error
      : isDatabaseUnavailable(error)
        ? Object.assign(toAppError(error), { limit: null })
        : new ImportError("corrupt", `unexpected error: ${(error as Error)?.message ?? String(error)}`, file.name, { cause: error });
    return { file: file.name, status: "failed", document: null, documentId: null, error: { code: known.code, message: known.message, limit: known.limit } };
  }
}

/** What a position is about, for code suggestions: its title, duties, sections and requirements. */
export function documentText(parsed: ParsedDocument): string {
  return [
    parsed.title,
    parsed.title,
    parsed.summary ?? "",
    ...parsed.duties,
    ...parsed.sections.flatMap((s) => [s.heading, s.text, ...s.items]),
    ...parsed.requirements.map((r) => `${r.label} ${r.value}`),
  ].join("\n");
}
