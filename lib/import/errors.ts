import type { ImportWarning } from "@/lib/validation/document";
import { AppError, type ImportErrorCode } from "../errors";
import { describeLimit, type ImportLimitName } from "./limits";

export { type ImportErrorCode };

/** Files larger than this are refused before any parsing (the upload schema uses it too). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Which limit a file went over (lib/import/limits.ts), for a translated message. */
export type ImportLimit = { name: ImportLimitName; value: number };

/** What a re-import would remove, by kind of content; `items`: knowledge and skills of the tasks kept or lost. */
export const REMOVABLE = ["tasks", "items", "competences", "socialCompetences", "keyCompetences", "subsections", "sections", "duties", "requirements"] as const;
export type Removal = { what: (typeof REMOVABLE)[number]; count: number };
/**
 * How new content is poorer than the stored version (the rule: lib/store/document-plan.ts
 * contentLoss): what it would remove, and whether it is cut off where the stored one is whole.
 */
export type ContentLoss = { removed: Removal[]; incomplete: { at: string } | null };

/**
 * The error the import path throws for a file it cannot take: an AppError (lib/errors.ts) whose
 * code is one of IMPORT_ERROR_CODES, so the UI shows its translated message (admin.failure.<code>)
 * and the CLI its exit code; `message` is a readable English sentence naming the file and reason.
 */
export class ImportError extends AppError {
  declare readonly code: ImportErrorCode;
  readonly fileName: string | null;
  /** Set for code "over-limit". */
  readonly limit: ImportLimit | null;
  /** Set for code "poorer": what the refused version would have removed. */
  readonly loss: ContentLoss | null;
  /**
   * What the refusal found or looked for, in the warning codes (lib/import/warnings.ts), so the UI
   * says it in the reader's language (admin.importWarning.<code>): the markers of each kind for
   * "unknown-kind", the parser's warnings for "no-items", the replaced letters for "encoding".
   */
  readonly details: ImportWarning[];

  constructor(
    code: ImportErrorCode,
    reason: string,
    fileName?: string | null,
    options?: { cause?: unknown; limit?: ImportLimit; loss?: ContentLoss; details?: ImportWarning[] },
  ) {
    const name = fileName ? `"${fileName}"` : "the document";
    super(code, `Cannot import ${name}: ${reason}`, { cause: options?.cause });
    this.name = "ImportError";
    this.fileName = fileName ?? null;
    this.limit = options?.limit ?? null;
    this.loss = options?.loss ?? null;
    this.details = options?.details ?? [];
  }

  /** What crosses from the parse worker to the caller (an Error's class does not survive postMessage). */
  toJSON(): SerializedImportError {
    return { code: this.code, message: this.message, fileName: this.fileName, limit: this.limit, details: this.details };
  }

  static fromJSON(data: SerializedImportError): ImportError {
    const error = new ImportError(data.code, "", data.fileName, { limit: data.limit ?? undefined, details: data.details });
    error.message = data.message;
    return error;
  }
}

export type SerializedImportError = { code: ImportErrorCode; message: string; fileName: string | null; limit: ImportLimit | null; details: ImportWarning[] };

/**
 * A file over one of the parsing limits: "it goes over the limit of 1,000 PDF pages: it has 100,000
 * pages". `found` says what the file has, as far as it was read.
 */
export function overLimit(name: ImportLimitName, value: number, found: string, fileName?: string | null): ImportError {
  return new ImportError("over-limit", `it goes over the limit of ${describeLimit(name, value)}: ${found}`, fileName, { limit: { name, value } });
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
