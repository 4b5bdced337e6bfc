/**
 * The index worker's side (lib/data/index-worker-client.ts runs it in a worker thread): an index's
 * name in, its built value out. It reads the database on its own connection, so neither the reads
 * (synchronous on SQLite) nor the build's computing hold the server's event loop. The value goes
 * back in parts on the request's own port (lib/data/sliced-clone.ts; typed arrays moved, not
 * copied), which the server's thread takes in slices; then a reply says it is all there.
 */
import v8 from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import type { IndexName, IndexWorkerReply, IndexWorkerRequest } from "./index-worker-client";
import { slicedMessages } from "./sliced-clone";

/**
 * Bytes of structured clone per message: the receiving thread deserialises ~20 MB/s of these
 * small-object graphs (×1 skill data: 13 MB in ~0.6 s, load 2–5), so ~5 ms a part.
 */
const PART_BYTES = 100_000;
const SAMPLE = 32;

/** Entries per part of a container: its entries' clone size estimated from an even sample of them. */
function partSize(entries: readonly unknown[]): number {
  if (entries.length <= SAMPLE) return entries.length;
  const step = entries.length / SAMPLE;
  const sample = Array.from({ length: SAMPLE }, (_, i) => entries[Math.floor(i * step)]);
  return PART_BYTES / Math.max(1, v8.serialize(sample).byteLength / SAMPLE);
}

/** Each index's build, as the worker runs it: the value to send and the buffers to move with it. */
const BUILDS: Record<IndexName, () => Promise<{ value: unknown; transfer?: ArrayBuffer[] }>> = {
  "related-text": async () => (await import("./related")).buildTextIndexData(),
  "skill-data": async () => ({ value: await (await import("./skills")).buildSkillData() }),
  "english-names": async () => ({ value: await (await import("./other-names")).buildEnglishNames() }),
};

const port = parentPort;
if (port && (workerData as { atlasIndexWorker?: boolean } | undefined)?.atlasIndexWorker) {
  port.on("message", ({ id, index, parts }: IndexWorkerRequest) => {
    BUILDS[index]().then(
      ({ value, transfer }) => {
        for (const message of slicedMessages(value, partSize)) parts.postMessage(message, "root" in message ? (transfer ?? []) : []);
        // The heap the build leaves (its garbage included): the client ends a worker holding much at once.
        port.postMessage({ id, ok: true, heapBytes: v8.getHeapStatistics().total_heap_size } satisfies IndexWorkerReply);
      },
      (error: unknown) => {
        port.postMessage({ id, ok: false, message: (error as Error)?.message ?? String(error) } satisfies IndexWorkerReply);
      },
    );
  });
}
