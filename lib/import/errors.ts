/** Files larger than this are refused before any parsing (the upload schema uses it too). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const IMPORT_ERROR_CODES = [
  "empty",
  "too-large",
  "binary",
  "encoding",
  "unknown-kind",
  "unsupported-format",
  "corrupt",
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/**
 * The one error the import path throws for a file it cannot take. `code` lets the UI and the CLI
 * pick a translated message; `message` is a readable English sentence naming the file and reason.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly fileName: string | null;

  constructor(code: ImportErrorCode, reason: string, fileName?: string | null, options?: { cause?: unknown }) {
    const name = fileName ? `"${fileName}"` : "the document";
    super(`Cannot import ${name}: ${reason}`, options);
    this.name = "ImportError";
    this.code = code;
    this.fileName = fileName ?? null;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
