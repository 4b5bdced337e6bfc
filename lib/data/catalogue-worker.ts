/**
 * The catalogue worker's side (lib/data/catalogue-file.ts runs it in a worker thread): a data
 * version and a file in, the JSON Lines of catalogueLines written to that file, with progress
 * reported as it grows so downloads can follow it. It reads the database on its own connection, so
 * neither its queries nor its serialising hold the server's event loop.
 */
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { catalogueLines } from "./export";

export type CatalogueWorkerRequest = { version: string; file: string };
export type CatalogueWorkerReply =
  | { type: "progress" | "done"; version: string; written: number }
  | { type: "failed"; version: string; message: string };

/** Writes the catalogue of `version` to `file`; `onProgress` gets the bytes on disk after each write. */
export async function writeCatalogue(version: string, file: string, onProgress: (written: number) => void): Promise<number> {
  const handle = await fs.promises.open(file, "w");
  let written = 0;
  try {
    // One write per chunk of catalogueLines: the meta line first (so a download's first byte waits for nothing else), then batches.
    for await (const chunk of catalogueLines(version)) {
      const bytes = Buffer.from(chunk, "utf8");
      for (let offset = 0; offset < bytes.byteLength; ) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset, written);
        offset += bytesWritten;
        written += bytesWritten;
      }
      onProgress(written);
    }
  } finally {
    await handle.close();
  }
  return written;
}

const port = parentPort;
if (port && (workerData as { atlasCatalogueWorker?: boolean } | undefined)?.atlasCatalogueWorker) {
  port.on("message", (request: CatalogueWorkerRequest) => {
    const { version, file } = request;
    writeCatalogue(version, file, (written) => port.postMessage({ type: "progress", version, written } satisfies CatalogueWorkerReply)).then(
      (written) => port.postMessage({ type: "done", version, written } satisfies CatalogueWorkerReply),
      (error: unknown) => port.postMessage({ type: "failed", version, message: (error as Error)?.message ?? String(error) } satisfies CatalogueWorkerReply),
    );
  });
}
