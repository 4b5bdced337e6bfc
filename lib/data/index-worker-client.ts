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
 * and stopped after a minute without one (its Prisma client and heap are not kept for nothing).
 */

export type IndexName = "related-text" | "skill-data" | "english-names";
/** `parts`: the port the value comes back on, in parts (lib/data/sliced-clone.ts). */
export type IndexWorkerRequest = { id: number; index: IndexName; parts: MessagePort };
export type IndexWorkerReply = { id: number; ok: true } | { id: number; ok: false; message: string };

const WORKER_IDLE_MS = 60_000;

type Pending = { parts: MessagePort; resolve: (value: unknown) => void; reject: (error: Error) => void };
type State = { worker: Worker | null; nextId: number; pending: Map<number, Pending>; idleTimer: NodeJS.Timeout | null };

// On globalThis: Next may load this module once per bundle layer; one worker per process.
const holder = globalThis as unknown as { atlasIndexWorker?: State };
const state: State = (holder.atlasIndexWorker ??= { worker: null, nextId: 1, pending: new Map(), idleTimer: null });

/** Resolved from the working directory, as the catalogue worker's (lib/data/catalogue-file.ts). */
function workerEntry(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "data", "index-worker-entry.mjs");
}

function startWorker(): Worker {
  const worker = new Worker(workerEntry(), {
    workerData: { atlasIndexWorker: true },
    // Its own connection to the database DATABASE_URL names; on PostgreSQL a small pool beside the app's own.
    env: { ...process.env, DATABASE_POOL_MAX: "2" },
  });
  worker.on("message", (reply: IndexWorkerReply) => {
    const pending = state.pending.get(reply.id);
    if (!pending) return;
    state.pending.delete(reply.id);
    idleWhenDone();
    if (!reply.ok) {
      pending.parts.close();
      return pending.reject(new Error(`the index build failed: ${reply.message}`));
    }
    // Taken in slices of ~10 ms, the loop serving others between them.
    const next = () => (receiveMessageOnPort(pending.parts) as { message: SlicedMessage } | undefined)?.message;
    assembleSliced(next, () => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(pending.resolve, pending.reject)
      .finally(() => pending.parts.close());
  });
  worker.on("error", (error) => console.error("The index worker failed:", error));
  worker.on("exit", () => {
    if (state.worker === worker) state.worker = null;
    // Builds in flight fail; their callers' next request builds again (lib/data/coalesced-builds.ts).
    for (const [id, pending] of state.pending) {
      state.pending.delete(id);
      pending.parts.close();
      pending.reject(new Error("the index worker stopped"));
    }
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
    if (state.worker === worker && state.pending.size === 0) void worker.terminate();
  }, WORKER_IDLE_MS);
  state.idleTimer.unref();
}

/** Builds `index` in the worker thread; the value arrives as the worker's build returned it (structured clone). */
export function buildInWorker<T>(index: IndexName): Promise<T> {
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  const worker = (state.worker ??= startWorker());
  worker.ref();
  const id = state.nextId++;
  const { port1, port2 } = new MessageChannel();
  return new Promise<T>((resolve, reject) => {
    state.pending.set(id, { parts: port1, resolve: resolve as (value: unknown) => void, reject });
    worker.postMessage({ id, index, parts: port2 } satisfies IndexWorkerRequest, [port2]);
  });
}
