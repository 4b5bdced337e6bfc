/**
 * Extraction and parsing of every imported document (upload, CLI, seed import) run here, in worker
 * threads with hard limits, never on the caller's thread (docs/decisions/0013-parse-worker.md):
 *   - memory: each worker's V8 heap is capped (resourceLimits); a document that needs more kills
 *     only its worker, and is refused naming the limit;
 *   - wall time: from the moment a worker takes the document; past it the worker is terminated and
 *     the document refused naming the limit;
 *   - a worker that dies (out of memory, terminated, crashed) is replaced at once, so the next
 *     document finds a ready worker; the server's own thread keeps answering other requests
 *     throughout, since all the parsing CPU and memory is in the worker.
 * The checks before inflating and parsing (ZIP sizes and ratios, XML depth and count, PDF nesting
 * and pages) are in lib/import/extract; they refuse most hostile files in milliseconds.
 */
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { env } from "@/lib/env";
import { ImportError, overLimit } from "./errors";
import { WORKER_LIMITS } from "./limits";
import type { ParseReply, ParseRequest, ParsedFile } from "./parse-worker";

export type { ParsedFile } from "./parse-worker";

export type ParsePoolOptions = {
  /** Worker threads (default: one per core beyond the first, 1–2). */
  size?: number;
  /** Heap of each worker in MB. */
  memoryMb?: number;
  /** Wall time of one document in ms. */
  timeMs?: number;
};

type Task = {
  id: number;
  bytes: Uint8Array;
  fileName: string;
  resolve: (file: ParsedFile) => void;
  reject: (error: ImportError) => void;
};

type Slot = {
  worker: Worker;
  /** Takes documents now. */
  ready: boolean;
  /** Has loaded its modules at some point (a worker that never did cannot start). */
  loaded: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  settled: boolean;
};

/**
 * The worker's first file. Resolved from the working directory at run time (every entry point runs
 * in the project's root: npm scripts, `npm start`, the tests), not from this module's location,
 * which inside Next's server bundle is a chunk under .next/.
 */
function workerEntry(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "import", "parse-worker-entry.mjs");
}

export class ParsePool {
  readonly size: number;
  readonly memoryMb: number;
  readonly timeMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  /** Workers that died before they were ready, in a row: the entry cannot start, so stop spawning. */
  private failedStarts = 0;
  /** Workers started, for the tests and the figures (a replacement counts). */
  started = 0;

  constructor(options: ParsePoolOptions = {}) {
    this.size = options.size ?? env.IMPORT_WORKERS ?? Math.min(2, Math.max(1, os.availableParallelism() - 1));
    this.memoryMb = options.memoryMb ?? env.IMPORT_MEMORY_LIMIT_MB ?? WORKER_LIMITS.memoryMb;
    this.timeMs = options.timeMs ?? env.IMPORT_TIME_LIMIT_MS ?? WORKER_LIMITS.timeMs;
  }

  /** The extracted text and parsed document of one file, or the ImportError that refuses it. */
  run(bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
    if (this.closed) return Promise.reject(new ImportError("corrupt", "the document parser is shut down", fileName));
    return new Promise<ParsedFile>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, fileName, resolve, reject });
      this.fill();
      this.dispatch();
      this.updateRefs();
    });
  }

  /** Ends every worker; queued documents are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new ImportError("corrupt", "the document parser was shut down", task.fileName));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Workers alive now (ready or starting). */
  get workers(): number {
    return this.slots.length;
  }

  private fill(): void {
    while (!this.closed && this.slots.length < this.size && this.failedStarts < 3) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(workerEntry(), {
      workerData: { atlasParseWorker: true },
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(this.memoryMb / 8))) },
    });
    this.started++;
    const slot: Slot = { worker, ready: false, loaded: false, task: null, timer: null, settled: false };
    this.slots.push(slot);
    worker.on("message", (reply: ParseReply) => this.onReply(slot, reply));
    worker.on("error", (error: Error & { code?: string }) => {
      const task = slot.task;
      if (!task) return;
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") {
        this.settle(slot, () => task.reject(overLimit("memory", this.memoryMb, "parsing it needed more", task.fileName)));
      } else {
        this.settle(slot, () => task.reject(new ImportError("corrupt", `the parser stopped (${error.message})`, task.fileName, { cause: error })));
      }
    });
    worker.on("exit", () => this.onExit(slot));
    // After the listeners (adding one refs the port again): an idle worker never keeps a CLI alive.
    worker.unref();
  }

  private onReply(slot: Slot, reply: ParseReply): void {
    if (reply.type === "ready") {
      slot.ready = true;
      slot.loaded = true;
      this.failedStarts = 0;
      this.dispatch();
      this.updateRefs();
      return;
    }
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    if (reply.type === "done") this.settle(slot, () => task.resolve(reply.result));
    else this.settle(slot, () => task.reject(ImportError.fromJSON(reply.error)));
    this.idle(slot);
    this.dispatch();
    this.updateRefs();
  }

  /** Settles a slot's task once (a timeout, an error and a reply may race). */
  private settle(slot: Slot, settle: () => void): void {
    if (slot.settled) return;
    slot.settled = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    settle();
  }

  private idle(slot: Slot): void {
    slot.task = null;
  }

  /**
   * A worker keeps the process alive only while there is work for it (a CLI waiting for its
   * document must not exit under it; an idle pool must not keep a finished CLI running).
   */
  private updateRefs(): void {
    const waiting = this.queue.length > 0;
    for (const slot of this.slots) {
      if (slot.task || waiting) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private onExit(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    const task = slot.task;
    if (task) this.settle(slot, () => task.reject(new ImportError("corrupt", "the parser stopped unexpectedly", task.fileName)));
    if (!slot.loaded) {
      this.failedStarts++;
      // A worker that cannot even start would fail every document: refuse them rather than wait.
      if (this.failedStarts >= 3 && this.slots.length === 0) {
        for (const queued of this.queue.splice(0)) queued.reject(new ImportError("corrupt", "the document parser could not be started", queued.fileName));
      }
    }
    // The replacement starts now, so the next document does not wait for a worker to load.
    this.fill();
    this.dispatch();
    this.updateRefs();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.settled = false;
      slot.timer = setTimeout(() => {
        this.settle(slot, () => task.reject(overLimit("time", this.timeMs, "parsing it took longer", task.fileName)));
        // Terminated, not asked: a parser stuck in a loop never reads its messages. onExit replaces it.
        slot.ready = false;
        void slot.worker.terminate();
      }, this.timeMs);
      slot.worker.postMessage({ id: task.id, bytes: task.bytes, fileName: task.fileName } satisfies ParseRequest);
    }
  }
}

// One pool per process (kept on globalThis so that Next's dev reloads do not start more).
const GLOBAL_KEY = Symbol.for("atlas.parsePool");
type WithPool = typeof globalThis & { [GLOBAL_KEY]?: ParsePool };

export function defaultParsePool(): ParsePool {
  const holder = globalThis as WithPool;
  const pool = holder[GLOBAL_KEY];
  if (pool && !pool.isClosed) return pool;
  return (holder[GLOBAL_KEY] = new ParsePool());
}

/** Ends the default pool's workers (a process that has finished importing); the next import starts a new pool. */
export async function closeDefaultParsePool(): Promise<void> {
  await (globalThis as WithPool)[GLOBAL_KEY]?.close();
}

/** Extraction and parsing of one document in the default worker pool (what importFile uses). */
export function parseInWorker(bytes: Uint8Array, fileName: string): Promise<ParsedFile> {
  return defaultParsePool().run(bytes, fileName);
}
