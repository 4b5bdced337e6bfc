import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { CatalogueWorkerReply, CatalogueWorkerRequest } from "./catalogue-worker";

/**
 * The streamed catalogue (GET /api/v1/export) as a file per data version, written by a worker
 * thread and sent from that file (docs/decisions/0022-off-the-loop.md). Serialising the 7 MB
 * (×10: 123 MB) on the server's thread held its event loop for about a second per download, and
 * every other request waited behind it; now the worker reads the database on its own connection and
 * writes catalogueLines' output, and the server only copies bytes from the file to the socket.
 *   - One build per data version, shared: a download that arrives while its version is being written
 *     follows the file as it grows (its first byte leaves as soon as the worker wrote one), one
 *     that arrives later reads the finished file.
 *   - A publish or an import moves the data version (lib/data/data-version.ts), so the next download
 *     asks for a file that does not exist yet: never a stale one.
 *   - Pull-based: a chunk is read from the file only when the client took the previous one
 *     (backpressure), so a slow client costs no memory.
 *   - Files of older versions are deleted once no download reads them.
 */

/**
 * Bytes read from the file per chunk sent. Each chunk costs at least one turn of the event loop
 * (its file read completes in a later turn), and under load a turn lasts tens to hundreds of ms:
 * at 64 kB the soak's 7 MB took ~110 turns, p50 7.5 s, p99 15 s (ADR 0031). A megabyte makes it
 * 7 turns at ×1; the first byte is no later (a chunk is what the file holds so far, up to this),
 * and a download holds one chunk read and one queued at a time.
 */
const CHUNK_BYTES = 1024 * 1024;
/** An idle worker stops after this long (its Prisma client and heap are not kept for nothing). */
const WORKER_IDLE_MS = 60_000;

type Build = {
  version: string;
  file: string;
  /** Bytes the worker has written (and flushed) so far. */
  written: number;
  isDone: boolean;
  error: Error | null;
  /** Downloads reading this file now: it is not deleted under them. */
  readers: number;
  /** Readers waiting for more bytes. */
  waiting: Set<() => void>;
};

type State = {
  dir: string | null;
  builds: Map<string, Build>;
  /** Versions asked for and not yet started, in order. */
  queue: Build[];
  worker: Worker | null;
  running: Build | null;
  idleTimer: NodeJS.Timeout | null;
};

// On globalThis: Next may load this module once per bundle layer; one set of files and one worker per process.
const globalForCatalogue = globalThis as unknown as { atlasCatalogueFiles?: State };
const state: State = (globalForCatalogue.atlasCatalogueFiles ??= {
  dir: null,
  builds: new Map(),
  queue: [],
  worker: null,
  running: null,
  idleTimer: null,
});

/**
 * The worker's first file, resolved from the working directory (every entry point runs in the
 * project's root), not from this module's location, which inside Next's bundle is a chunk under .next/.
 */
function workerEntry(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "data", "catalogue-worker-entry.mjs");
}

function directory(): string {
  if (!state.dir) {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-catalogue-"));
    const dir = state.dir;
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return state.dir;
}

function wake(build: Build): void {
  const waiting = [...build.waiting];
  build.waiting.clear();
  for (const resolve of waiting) resolve();
}

function fail(build: Build, error: Error): void {
  build.error = error;
  state.builds.delete(build.version);
  wake(build);
  removeIfUnused(build);
}

function removeIfUnused(build: Build): void {
  if (build.readers > 0 || state.builds.get(build.version) === build) return;
  fs.rm(build.file, { force: true }, () => {});
}

/** After `fresh` is complete, the files of every other finished version go (now, or when their last reader stops). */
function supersede(fresh: Build): void {
  for (const build of [...state.builds.values()]) {
    if (build === fresh || !build.isDone) continue;
    state.builds.delete(build.version);
    removeIfUnused(build);
  }
}

function startWorker(): Worker {
  const worker = new Worker(workerEntry(), {
    workerData: { atlasCatalogueWorker: true },
    // Its own connection to the database DATABASE_URL names (as this process's); on PostgreSQL a small pool beside the app's own.
    env: { ...process.env, DATABASE_POOL_MAX: "2" },
  });
  worker.on("message", (reply: CatalogueWorkerReply) => {
    const build = state.running;
    if (!build || reply.version !== build.version) return;
    if (reply.type === "failed") {
      state.running = null;
      fail(build, new Error(`the catalogue export failed: ${reply.message}`));
      return next();
    }
    build.written = reply.written;
    if (reply.type === "done") {
      state.running = null;
      build.isDone = true;
      supersede(build);
    }
    wake(build);
    if (reply.type === "done") next();
  });
  worker.on("error", (error) => {
    console.error("The catalogue worker failed:", error);
  });
  worker.on("exit", () => {
    if (state.worker === worker) state.worker = null;
    const build = state.running;
    state.running = null;
    if (build) fail(build, new Error("the catalogue worker stopped"));
    next();
  });
  return worker;
}

/** Starts the next queued build, or lets an idle worker go after a while. */
function next(): void {
  if (state.running) return;
  const build = state.queue.shift();
  if (!build) {
    if (state.worker && !state.idleTimer) {
      const worker = state.worker;
      state.idleTimer = setTimeout(() => {
        state.idleTimer = null;
        if (state.worker === worker && !state.running) void worker.terminate();
      }, WORKER_IDLE_MS);
      state.idleTimer.unref();
    }
    state.worker?.unref();
    return;
  }
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  state.worker ??= startWorker();
  state.worker.ref();
  state.running = build;
  state.worker.postMessage({ version: build.version, file: build.file } satisfies CatalogueWorkerRequest);
}

/** The build of `version`: the finished file, the one being written, or a new one queued. */
function buildOf(version: string): Build {
  let build = state.builds.get(version);
  if (!build) {
    const file = path.join(directory(), `catalogue-${version}-${Date.now()}.jsonl`);
    fs.writeFileSync(file, "");
    build = { version, file, written: 0, isDone: false, error: null, readers: 0, waiting: new Set() };
    state.builds.set(version, build);
    state.queue.push(build);
    next();
  }
  return build;
}

/**
 * The catalogue of `dataVersion` as a byte stream (the JSON Lines of catalogueLines, byte for byte).
 * Nothing is built or read until the first chunk is pulled, so a cancelled body (a 304) costs nothing.
 */
export function catalogueStream(dataVersion: string): ReadableStream<Uint8Array> {
  let build: Build | null = null;
  let handle: fs.promises.FileHandle | null = null;
  let position = 0;
  const release = async () => {
    const held = build;
    build = null;
    await handle?.close();
    handle = null;
    if (held) {
      held.readers--;
      removeIfUnused(held);
    }
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!build) {
        build = buildOf(dataVersion);
        build.readers++;
        handle = await fs.promises.open(build.file, "r");
      }
      // `build` is null again once the download was cancelled while it waited for bytes.
      while (build) {
        if (build.error) {
          const error = build.error;
          await release();
          return controller.error(error);
        }
        if (position < build.written) {
          const buffer = new Uint8Array(Math.min(CHUNK_BYTES, build.written - position));
          const { bytesRead } = await handle!.read(buffer, 0, buffer.byteLength, position);
          position += bytesRead;
          return controller.enqueue(bytesRead === buffer.byteLength ? buffer : buffer.subarray(0, bytesRead));
        }
        if (build.isDone) {
          await release();
          return controller.close();
        }
        const current = build;
        await new Promise<void>((resolve) => current.waiting.add(resolve));
      }
    },
    async cancel() {
      await release();
    },
  });
}

/** Stops the worker (a queued or running build fails; the next download starts a new one). For tests that drop their database. */
export async function closeCatalogueWorker(): Promise<void> {
  const worker = state.worker;
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  await worker?.terminate();
}
