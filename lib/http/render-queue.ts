import type http from "node:http";
import { isFilePath, pathOf } from "./serve-security";

/**
 * How many requests Next works on at once (ADR 0029). The server has one JavaScript thread: every
 * request Next is rendering takes slices of it (a React render, a synchronous SQLite query, a
 * compression), and one turn of the event loop runs a slice of each. With 50 renders in flight a
 * turn lasts 50 slices, so a request that needs only one slice (a kept page, a suggestion, a static
 * file) waits that long, and a render of many slices waits that long for each of them. Letting only
 * a few renders in at a time, first come first served, keeps the turn short for the cheap requests,
 * which never enter the queue (they are answered before Next: lib/http/front-page-cache.ts,
 * lib/http/api-direct.ts, and the paths of `isQueueFree`), and gives the renders a wait that grows
 * with the queue instead of a share of a thread that grows with it.
 *
 * A request whose client goes away while it waits is never started. When the queue is full the
 * request gets a 503 with Retry-After (load shed instead of an unbounded backlog).
 */

export type RenderQueueOptions = {
  /** Requests Next works on at once. */
  concurrency: number;
  /** Requests that may wait; beyond this a request is refused at once. */
  maxWaiting: number;
};

export type RenderQueue = {
  /**
   * Runs `task` when a place is free, passing it `done`, the function that frees its place:
   * a response frees it when it is finished, not when Next's handler returns (a streamed page is
   * still being rendered after that). Without running the task it resolves to "full" when the
   * queue is full, and to "abandoned" when `abandoned()` is true by the time a place is free.
   */
  run(task: (done: () => void) => Promise<void>, abandoned: () => boolean): Promise<"ran" | "full" | "abandoned">;
  readonly running: number;
  readonly waiting: number;
};

export function createRenderQueue({ concurrency, maxWaiting }: RenderQueueOptions): RenderQueue {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`render queue: concurrency must be a whole number ≥ 1, not ${concurrency}`);
  let running = 0;
  const waiting: (() => void)[] = [];

  /** A place, or null when none is free and the queue is full. A freed place passes straight to the first waiter, so a newcomer never overtakes one. */
  const acquire = (): Promise<void> | null => {
    if (running < concurrency) {
      running++;
      return Promise.resolve();
    }
    if (waiting.length >= maxWaiting) return null;
    return new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const first = waiting.shift();
    if (first) first();
    else running--;
  };

  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    async run(task, abandoned) {
      const place = acquire();
      if (place === null) return "full";
      await place;
      if (abandoned()) {
        release();
        return "abandoned";
      }
      let isDone = false;
      const done = () => {
        if (isDone) return;
        isDone = true;
        release();
      };
      try {
        await task(done);
      } catch (error) {
        done();
        throw error;
      }
      return "ran";
    },
  };
}

/**
 * Requests that never wait in the queue: Next's static files and the public folder's (a file read,
 * no render), the health checks (a probe must not time out behind a backlog), and the catalogue
 * download, which streams a file a worker writes (ADR 0022) for as long as the client takes it.
 */
export function isQueueFree(url: string | undefined): boolean {
  const path = pathOf(url);
  if (path.startsWith("/_next/static/")) return true;
  if (path === "/livez" || path === "/readyz" || path === "/api/v1/export") return true;
  // A file of public/ (favicon.ico, robots.txt).
  return !path.startsWith("/api/") && isFilePath(path);
}

/** Reads RENDER_CONCURRENCY (default 4) and RENDER_QUEUE_MAX (default 2,000); 0 concurrency turns the queue off. */
export function renderQueueOptions(env: Record<string, string | undefined> = process.env): RenderQueueOptions | null {
  const concurrency = env.RENDER_CONCURRENCY === undefined || env.RENDER_CONCURRENCY === "" ? 4 : Number(env.RENDER_CONCURRENCY);
  const maxWaiting = env.RENDER_QUEUE_MAX === undefined || env.RENDER_QUEUE_MAX === "" ? 2000 : Number(env.RENDER_QUEUE_MAX);
  if (!Number.isInteger(concurrency) || concurrency < 0) throw new Error(`RENDER_CONCURRENCY must be a whole number ≥ 0, not "${env.RENDER_CONCURRENCY}"`);
  if (!Number.isInteger(maxWaiting) || maxWaiting < 0) throw new Error(`RENDER_QUEUE_MAX must be a whole number ≥ 0, not "${env.RENDER_QUEUE_MAX}"`);
  return concurrency === 0 ? null : { concurrency, maxWaiting };
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/**
 * `handle` behind `queue`: a request of `isQueueFree` goes straight through; any other waits for
 * a place, which its response frees when it is finished or its connection closes (a streamed page
 * is still rendering after the handler returns). A request refused by a full queue gets `refuse`.
 */
export function queuedHandler(queue: RenderQueue, handle: Handler, refuse: (req: http.IncomingMessage, res: http.ServerResponse) => void): Handler {
  return async (req, res) => {
    if (isQueueFree(req.url)) return handle(req, res);
    const outcome = await queue.run(
      async (done) => {
        res.once("close", done);
        await handle(req, res);
      },
      () => isAbandoned(req, res),
    );
    if (outcome === "full") refuse(req, res);
  };
}

/** Seconds a refused request is told to wait. */
export const QUEUE_FULL_RETRY_AFTER_SECONDS = 5;

/** Whether the request's client is gone (it closed the connection while waiting). */
export function isAbandoned(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  // Not req.destroyed: a request whose body has been read may be destroyed while its client waits.
  return res.destroyed || res.writableEnded || (req.socket?.destroyed ?? false);
}
