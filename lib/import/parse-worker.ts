/**
 * The parse worker's side (lib/import/parse-pool.ts runs it in worker threads): bytes in, the
 * extracted text and the parsed document out, or the ImportError that refused them. Extraction and
 * parsing stay the pure functions they are; only this file talks to the thread's port.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ParsedDocument } from "@/lib/validation/document";
import { ImportError, isImportError, type SerializedImportError } from "./errors";
import { extractText, type ImportFormat } from "./extract";
import { parseDocument } from "./parse-document";

export type ParsedFile = { format: ImportFormat; text: string; parsed: ParsedDocument };
export type ParseRequest = { id: number; bytes: Uint8Array; fileName: string };
export type ParseReply = { type: "ready" } | { type: "done"; id: number; result: ParsedFile } | { type: "failed"; id: number; error: SerializedImportError };

/** Extraction and parsing of one file, as the worker runs it (and as a test may call it in-process). */
export async function parseFile(bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
  const { format, text } = await extractText(bytes, fileName);
  return { format, text, parsed: parseDocument(text, { fileName }) };
}

function asImportError(error: unknown, fileName: string): ImportError {
  if (isImportError(error)) return error;
  return new ImportError("corrupt", `unexpected error: ${(error as Error)?.message ?? String(error)}`, fileName, { cause: error });
}

const port = parentPort;
if (port && (workerData as { atlasParseWorker?: boolean } | undefined)?.atlasParseWorker) {
  port.on("message", (request: ParseRequest) => {
    parseFile(request.bytes, request.fileName).then(
      (result) => port.postMessage({ type: "done", id: request.id, result } satisfies ParseReply),
      (error: unknown) => port.postMessage({ type: "failed", id: request.id, error: asImportError(error, request.fileName).toJSON() } satisfies ParseReply),
    );
  });
  port.postMessage({ type: "ready" } satisfies ParseReply);
}
