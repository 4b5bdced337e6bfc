/**
 * The index worker ended right after a build (lib/data/index-worker-client.ts, ADR 0028): what it
 * sent is still read whole after its end, and the next build starts another worker. Its own file:
 * INDEX_WORKER_KEEP_HEAP_MB is read when this process's first reply comes, and 0 here ends the
 * worker after every build (in the server, only a worker left with a large heap ends at once).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";

process.env.INDEX_WORKER_KEEP_HEAP_MB = "0";

/** Threads of this process now (Linux): a worker thread is one of them while it runs. */
function threadCount(): number {
  return Number(/Threads:\s+(\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1]);
}

describe("an index worker ended after each build", () => {
  it("delivers each value whole and builds the next in a new worker", async () => {
    const { buildInWorker } = await import("@/lib/data/index-worker-client");
    const { buildEnglishNames } = await import("@/lib/data/other-names");
    const here = [...(await buildEnglishNames())];
    // libuv's thread pool starts at the first asynchronous file read: started before counting.
    await fs.promises.readFile("/proc/self/status");
    const before = threadCount();
    const first = await buildInWorker<Map<string, unknown>>("english-names");
    // The worker is ending or gone: within a few seconds the process is back to its threads before.
    for (let i = 0; i < 50 && threadCount() > before; i++) await new Promise((r) => setTimeout(r, 100));
    expect(threadCount()).toBeLessThanOrEqual(before);
    const second = await buildInWorker<Map<string, unknown>>("english-names");
    expect([...first]).toEqual(here);
    expect([...second]).toEqual(here);
  }, 120_000);
});
