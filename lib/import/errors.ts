import { describeLimit, type ImportLimitName } from "./limits";

/** Files larger than this are refused before any parsing (the upload schema uses it too). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const IMPORT_ERROR_CODES = ["empty", "too-large", "binary", "encoding", "unknown-kind", "unsupported-format", "corrupt", "over-limit"] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Which limit a file went over (lib/import/limits.ts), for a translated message. */
export type ImportLimit = { name: ImportLimitName; value: number };

/**
 * The one error the import path throws for a file it cannot take. `code` lets the UI and the CLI
 * pick a translated message; `message` is a readable English sentence naming the file and reason.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly fileName: string | null;
  /** Set for code "over-limit". */
  readonly limit: ImportLimit | null;

  constructor(code: ImportErrorCode, reason: string, fileName?: string | null, options?: { cause?: unknown; limit?: ImportLimit }) {
    const name = fileName ? `"${fileName}"` : "the document";
    super(`Cannot import ${name}: ${reason}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ImportError";
    this.code = code;
    this.fileName = fileName ?? null;
    this.limit = options?.limit ?? null;
  }

  /** What crosses from the parse worker to the caller (an Error's class does not survive postMessage). */
  toJSON(): SerializedImportError {
    return { code: this.code, message: this.message, fileName: this.fileName, limit: this.limit };
  }

  static fromJSON(data: SerializedImportError): ImportError {
    const error = new ImportError(data.code, "", data.fileName, { limit: data.limit ?? undefined });
    error.message = data.message;
    return error;
  }
}

export type SerializedImportError = { code: ImportErrorCode; message: string; fileName: string | null; limit: ImportLimit | null };

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
