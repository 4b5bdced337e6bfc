import "server-only";
import path from "node:path";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { assembleSliced, type SlicedMessage } from "@/lib/data/sliced-clone";

/**
 * The in-memory indexes (related entries' TF-IDF, the skill data of /skills and /match, the English
 * names) are built in a worker thread (lib/data/index-worker.ts), not on the thread that serves
 * requests: on SQLite every query is synchronous, and a build's awaits resolve as microtasks, so
 * an in-process build held the loop from its first read to its end (×1: 0.8 s for the related
 * index, 1.8–2 s for the skill data; ADR 0027). One worker per process, started on the first build
 * and ended after its last one: a build leaves hundreds of MB in the worker's own heap (×10 skill
 * data: the process's RSS 1.2 GB), which only its end gives back (ADR 0028). It ends at once when
 * its heap is large, else after 10 s without a build.
 *
 * The worker's old generation is bounded (INDEX_WORKER_HEAP_MB, default 384): V8 then collects
 * during the build instead of growing the heap to a multiple of what the build holds (×10 skill
 * data: the process's peak RSS 999 → 785 MB at 384). A catalogue whose build needs more does not
 * fail: the worker that ran out of memory is replaced by one with twice the bound, which runs the
 * builds in flight again, and the larger bound is kept for the process's later builds.
 */

export type IndexName = "related-text" | "skill-data" | "english-names";
/** `parts`: the port the value comes back on, in parts (lib/data/sliced-clone.ts). */
export type IndexWorkerRequest = { id: number; index: IndexName; parts: MessagePort };
/** `heapBytes`: the worker's heap after the build and the sending (V8's total heap size). */
export type IndexWorkerReply = { id: number; ok: true; heapBytes: number } | { id: number; ok: false; message: string };

/** After its last build the worker waits this long for another (a publish's builds come in a row), then ends. */
const WORKER_IDLE_MS = 10_000;
/**
 * A worker whose heap is larger than this (INDEX_WORKER_KEEP_HEAP_MB) after its last build ends at once instead: at ×10 a
 * build leaves ~300–600 MB in it, and that overlapped the value's arrival in the server's thread,
 * the process's peak (ADR 0028). The parts already sent stay readable after the worker's end. Below
 * it (×1: tens of MB) the worker waits, so a publish's next build does not pay its start again.
 */
export const DEFAULT_KEEP_WORKER_HEAP_MB = 128;

type Env = Readonly<Record<string, string | undefined>>;

/** A variable holding a whole number of MB from `min` on; unset or empty, `fallback`. */
function megabytesFrom(env: Env, name: string, min: number, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < min) throw new Error(`${name} must be a whole number of MB ≥ ${min}, not ${JSON.stringify(raw)}`);
  return mb;
}

/** INDEX_WORKER_KEEP_HEAP_MB: from 0 (end after every build). */
export function keepWorkerHeapMb(env: Env = process.env): number {
  return megabytesFrom(env, "INDEX_WORKER_KEEP_HEAP_MB", 0, DEFAULT_KEEP_WORKER_HEAP_MB);
}

/** What to do with the worker once a build's reply is in: end it now, wait for another build, or keep it busy. */
export function afterReply(buildsInFlight: number, heapBytes: number, keepHeapMb: number): "end" | "idle" | "busy" {
  if (buildsInFlight > 0) return "busy";
  return heapBytes > keepHeapMb * 1024 * 1024 ? "end" : "idle";
}

export const DEFAULT_INDEX_WORKER_HEAP_MB = 384;
/** The bound never doubles past this: a build that needs more fails (its callers get the error). */
const MAX_INDEX_WORKER_HEAP_MB = 8192;

/** INDEX_WORKER_HEAP_MB: from 16 on (a bound too small for a build grows by itself, see above). */
export function indexWorkerHeapMb(env: Env = process.env): number {
  return megabytesFrom(env, "INDEX_WORKER_HEAP_MB", 16, DEFAULT_INDEX_WORKER_HEAP_MB);
}

/** The next bound after a worker ran out of memory under `mb`; null when it may grow no more. */
export function grownHeapMb(mb: number): number | null {
  return mb >= MAX_INDEX_WORKER_HEAP_MB ? null : Math.min(mb * 2, MAX_INDEX_WORKER_HEAP_MB);
}

/** `worker`: the one running the build (an ended worker's exit concerns its own builds only, not a successor's). */
type Pending = { index: IndexName; worker: Worker; parts: MessagePort; resolve: (value: unknown) => void; reject: (error: Error) => void };
type State = { worker: Worker | null; heapMb: number | null; keepHeapMb: number | null; nextId: number; pending: Map<number, Pending>; idleTimer: NodeJS.Timeout | null };

// On globalThis: Next may load this module once per bundle layer; one worker per process.
const holder = globalThis as unknown as { atlasIndexWorker?: State };
const state: State = (holder.atlasIndexWorker ??= { worker: null, heapMb: null, keepHeapMb: null, nextId: 1, pending: new Map(), idleTimer: null });

/** Resolved from the working directory, as the catalogue worker's (lib/data/catalogue-file.ts). */
function workerEntry(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "data", "index-worker-entry.mjs");
}

function startWorker(): Worker {
  const heapMb = (state.heapMb ??= indexWorkerHeapMb());
  const worker = new Worker(workerEntry(), {
    workerData: { atlasIndexWorker: true },
    // Its own connection to the database DATABASE_URL names; on PostgreSQL a small pool beside the app's own.
    env: { ...process.env, DATABASE_POOL_MAX: "2" },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  let outOfMemory = false;
  worker.on("message", (reply: IndexWorkerReply) => {
    const pending = state.pending.get(reply.id);
    if (!pending) return;
    state.pending.delete(reply.id);
    if (!reply.ok) {
      pending.parts.close();
      idleWhenDone();
      return pending.reject(new Error(`the index build failed: ${reply.message}`));
    }
    if (afterReply(state.pending.size, reply.heapBytes, (state.keepHeapMb ??= keepWorkerHeapMb())) === "end") endWorker(worker);
    else idleWhenDone();
    // Taken in slices of ~10 ms, the loop serving others between them (the worker may have ended:
    // what it sent stays on the port).
    const next = () => (receiveMessageOnPort(pending.parts) as { message: SlicedMessage } | undefined)?.message;
    assembleSliced(next, () => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(pending.resolve, pending.reject)
      .finally(() => pending.parts.close());
  });
  worker.on("error", (error: Error & { code?: string }) => {
    outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
    console.error(outOfMemory ? `The index worker ran out of memory with a heap bound of ${heapMb} MB.` : "The index worker failed:", outOfMemory ? "" : error);
  });
  worker.on("exit", () => {
    if (state.worker === worker) state.worker = null;
    const inFlight = [...state.pending].filter(([, pending]) => pending.worker === worker);
    for (const [id, pending] of inFlight) {
      state.pending.delete(id);
      pending.parts.close();
    }
    const grown = outOfMemory ? grownHeapMb(heapMb) : null;
    if (grown !== null && inFlight.length > 0) {
      console.error(`The index worker starts again with a heap bound of ${grown} MB and builds ${inFlight.map(([, p]) => p.index).join(", ")} again.`);
      state.heapMb = grown;
      for (const [, pending] of inFlight) send(pending.index, pending.resolve, pending.reject);
      return;
    }
    if (outOfMemory && grown !== null) state.heapMb = grown;
    // Builds in flight fail; their callers' next request builds again (lib/data/coalesced-builds.ts).
    for (const [, pending] of inFlight) pending.reject(new Error("the index worker stopped"));
  });
  return worker;
}

/** Without builds in flight the worker does not keep the process alive, and stops after a while. */
function idleWhenDone(): void {
  if (state.pending.size > 0 || !state.worker || state.idleTimer) return;
  const worker = state.worker;
  worker.unref();
  state.idleTimer = setTimeout(() => {
    state.idleTimer = null;
    if (state.worker === worker && state.pending.size === 0) endWorker(worker);
  }, WORKER_IDLE_MS);
  state.idleTimer.unref();
}

/** Ends `worker` (with no build in flight); the next build starts another. */
function endWorker(worker: Worker): void {
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  if (state.worker === worker) state.worker = null;
  void worker.terminate();
}

/** Builds `index` in the worker thread; the value arrives as the worker's build returned it (structured clone). */
export function buildInWorker<T>(index: IndexName): Promise<T> {
  return new Promise<T>((resolve, reject) => send(index, resolve as (value: unknown) => void, reject));
}

function send(index: IndexName, resolve: (value: unknown) => void, reject: (error: Error) => void): void {
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  const worker = (state.worker ??= startWorker());
  worker.ref();
  const id = state.nextId++;
  const { port1, port2 } = new MessageChannel();
  state.pending.set(id, { index, worker, parts: port1, resolve, reject });
  worker.postMessage({ id, index, parts: port2 } satisfies IndexWorkerRequest, [port2]);
}
