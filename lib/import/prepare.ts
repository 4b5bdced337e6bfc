/**
 * The pure half of importing one file: bytes in, a parsed document with its suggested codes out
 * (extract text → parse, in a worker with limits → suggest codes). Writing it is the store's job
 * (lib/store/import.ts); nothing here touches a database or the file system.
 */
import type { ImportWarning, ParsedDocument } from "@/lib/validation/document";
import type { CodeSuggestion } from "@/lib/similarity/code-suggestion";
import { isDatabaseUnavailable, toAppError } from "../errors";
import { ImportError, isImportError, type ContentLoss, type ImportLimit } from "./errors";
import { parseInWorker } from "./parse-pool";

/** What the store writes (lib/store/document-plan.ts decides how). */
export type WriteInput = {
  fileName: string;
  format: string;
  byteSize: number;
  /** The extracted text: its checksum decides "unchanged". */
  text: string;
  parsed: ParsedDocument;
  suggestedCodes: CodeSuggestion[];
};

/** Below this cosine similarity a "suggestion" is noise (e.g. a Kazakh text against Polish names). */
const MIN_SUGGESTION_SCORE = 0.05;

type ImportStatus = "imported" | "updated" | "unchanged" | "failed" | "parsed";

export type ImportedDocument = ParsedDocument & { file: string; suggestedCodes: CodeSuggestion[] };

export type FileOutcome = {
  file: string;
  status: ImportStatus;
  document: ImportedDocument | null;
  documentId: number | null;
  /**
   * `limit`: the parsing limit a refused file went over (code "over-limit"); `details`: what the
   * refusal looked for or found (ImportError.details); both for a translated message.
   */
  error: { code: string; message: string; limit?: ImportLimit | null; details?: ImportWarning[] } | null;
  /**
   * What the import removes (or would: the dry run; refused: code "poorer") from the stored version
   * of the same document (lib/store/document-plan.ts contentLoss); null when nothing.
   */
  loss?: ContentLoss | null;
  /** How long reading, parsing and writing the file took (set by importPaths). */
  milliseconds?: number;
};

/** May answer later: a store reads the occupations' corpus only when a document first needs it. */
export type CodeSuggester = { suggest(text: string, limit?: number): CodeSuggestion[] | Promise<CodeSuggestion[]> };

export type PreparedDocument = { document: ImportedDocument; write: WriteInput };

/** Parses one file; throws ImportError (see failedOutcome) when it cannot be read as a document. */
export async function prepareDocument(file: { name: string; bytes: Uint8Array }, suggester?: CodeSuggester): Promise<PreparedDocument> {
  // Extraction and parsing in a worker with memory and time limits (lib/import/parse-pool.ts).
  const { format, text, parsed } = await parseInWorker(file.bytes, file.name);
  const suggestedCodes =
    parsed.kind !== "occupation-profile" && parsed.code === null && suggester
      ? (await suggester.suggest(documentText(parsed), 3)).filter((s) => s.score >= MIN_SUGGESTION_SCORE)
      : [];
  return {
    document: { file: file.name, ...parsed, suggestedCodes },
    write: { fileName: file.name, format, byteSize: file.bytes.byteLength, text, parsed, suggestedCodes },
  };
}

/** Every failure becomes an outcome with a clear message; nothing thrown stops other files. */
export function failedOutcome(fileName: string, error: unknown): FileOutcome {
  // A database that does not answer is no fault of the file: "unavailable", to be retried.
  const known = isImportError(error)
    ? error
    : isDatabaseUnavailable(error)
      ? Object.assign(toAppError(error), { limit: null, details: [] })
      : new ImportError("corrupt", `unexpected error: ${(error as Error)?.message ?? String(error)}`, fileName, { cause: error });
  const loss = isImportError(known) ? known.loss : null;
  return {
    file: fileName,
    status: "failed",
    document: null,
    documentId: null,
    error: { code: known.code, message: known.message, limit: known.limit, details: known.details },
    loss,
  };
}

/** What a position is about, for code suggestions: its title, duties, sections and requirements. */
function documentText(parsed: ParsedDocument): string {
  return [
    parsed.title,
    parsed.title,
    parsed.summary ?? "",
    ...parsed.duties,
    ...parsed.sections.flatMap((s) => [s.heading, s.text, ...s.items]),
    ...parsed.requirements.map((r) => `${r.label} ${r.value}`),
  ].join("\n");
}
