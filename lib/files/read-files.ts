/**
 * File-system input of the import (the CLI and the first start's seed documents): which files a
 * list of paths names, and their bytes. The parsers never read files (lib/import is pure).
 */
import fs from "node:fs";
import path from "node:path";
import { isImportError, MAX_IMPORT_BYTES } from "@/lib/import/errors";
import { tooLargeError } from "@/lib/import/extract";

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

/** Reads a file, refusing one over the import limit before loading (maybe gigabytes of) it. */
export function readBytes(file: string, maxBytes = MAX_IMPORT_BYTES): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    // Refused here, with its real size: what was read would say only "more than the limit".
    if (size > maxBytes) throw tooLargeError(size, path.basename(file));
    const buffer = Buffer.alloc(size);
    fs.readSync(fd, buffer, 0, size, 0);
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}

/** A file that could not be read (missing, a directory, oversized) as an outcome's error. */
export function readError(file: string, error: unknown): { code: string; message: string } {
  if (isImportError(error)) return { code: error.code, message: error.message };
  const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
  return { code: "unreadable", message: `Cannot import "${file}": ${reason}` };
}
