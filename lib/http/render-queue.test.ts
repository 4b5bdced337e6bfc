import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRenderQueue, isQueueFree, queuedHandler, renderQueueOptions } from "./render-queue";

/** A task the test finishes by hand: records when it started, ends when `finish` is called. */
function manualTask(log: string[], name: string) {
  let finish!: () => void;
  const task = async (done: () => void) => {
    log.push(`start ${name}`);
    await new Promise<void>((resolve) => (finish = resolve));
    done();
  };
  return { task, finish: () => finish() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("render queue", () => {
  it("runs at most `concurrency` tasks at once, the others in order of arrival", async () => {
    const queue = createRenderQueue({ concurrency: 2, maxWaiting: 10 });
    const log: string[] = [];
    const tasks = ["a", "b", "c", "d"].map((n) => manualTask(log, n));
    const outcomes = tasks.map((t) => queue.run(t.task, () => false));
    await tick();
    expect(log).toEqual(["start a", "start b"]);
    expect([queue.running, queue.waiting]).toEqual([2, 2]);

    tasks[1]!.finish();
    await tick();
    expect(log).toEqual(["start a", "start b", "start c"]);
    // A newcomer while others wait goes behind them, even at the moment a place is freed.
    const late = manualTask(log, "e");
    const lateOutcome = queue.run(late.task, () => false);
    tasks[0]!.finish();
    await tick();
    expect(log).toEqual(["start a", "start b", "start c", "start d"]);
    tasks[2]!.finish();
    await tick();
    expect(log.at(-1)).toBe("start e");
    tasks[3]!.finish();
    late.finish();
    expect(await Promise.all([...outcomes, lateOutcome])).toEqual(["ran", "ran", "ran", "ran", "ran"]);
    expect([queue.running, queue.waiting]).toEqual([0, 0]);
  });

  it("refuses at once when the queue is full, without running the task", async () => {
    const queue = createRenderQueue({ concurrency: 1, maxWaiting: 1 });
    const log: string[] = [];
    const first = manualTask(log, "a");
    const second = manualTask(log, "b");
    const running = queue.run(first.task, () => false);
    const waiting = queue.run(second.task, () => false);
    expect(await queue.run(manualTask(log, "c").task, () => false)).toBe("full");
    first.finish();
    await tick();
    second.finish();
    expect([await running, await waiting]).toEqual(["ran", "ran"]);
    expect(log).toEqual(["start a", "start b"]);
  });

  it("never starts a request abandoned while it waited, and passes its place on", async () => {
    const queue = createRenderQueue({ concurrency: 1, maxWaiting: 10 });
    const log: string[] = [];
    const first = manualTask(log, "a");
    const gone = manualTask(log, "b");
    const third = manualTask(log, "c");
    let isGone = false;
    const outcomes = [queue.run(first.task, () => false), queue.run(gone.task, () => isGone), queue.run(third.task, () => false)];
    await tick();
    isGone = true;
    first.finish();
    await tick();
    third.finish();
    expect(await Promise.all(outcomes)).toEqual(["ran", "abandoned", "ran"]);
    expect(log).toEqual(["start a", "start c"]);
    expect(queue.running).toBe(0);
  });

  it("frees the place of a task that throws, and of one whose done is called twice only once", async () => {
    const queue = createRenderQueue({ concurrency: 1, maxWaiting: 10 });
    await expect(
      queue.run(
        () => Promise.reject(new Error("render failed")),
        () => false,
      ),
    ).rejects.toThrow("render failed");
    expect(queue.running).toBe(0);
    const log: string[] = [];
    const blocker = manualTask(log, "blocker");
    const twice = queue.run(
      async (done) => {
        done();
        done();
      },
      () => false,
    );
    expect(await twice).toBe("ran");
    const running = queue.run(blocker.task, () => false);
    await tick();
    // Had the second done freed a place, this one would start beside the blocker.
    const after = manualTask(log, "after");
    const afterOutcome = queue.run(after.task, () => false);
    await tick();
    expect(log).toEqual(["start blocker"]);
    blocker.finish();
    await tick();
    after.finish();
    expect([await running, await afterOutcome]).toEqual(["ran", "ran"]);
  });

  it("rejects a concurrency below 1", () => {
    expect(() => createRenderQueue({ concurrency: 0, maxWaiting: 1 })).toThrow();
  });
});

describe("which requests wait in the queue", () => {
  it.each([
    ["/_next/static/chunks/main.js", true],
    ["/favicon.ico", true],
    ["/robots.txt", true],
    ["/livez", true],
    ["/readyz", true],
    ["/api/v1/export", true],
    ["/api/v1/export?x=1", true],
    ["/", false],
    ["/occupations/011001", false],
    ["/en/search?q=a.b", false],
    ["/api/v1/occupations/243108/export?format=csv", false],
    ["/api/v1/openapi.json", false],
  ])("%s queue-free: %s", (url, free) => {
    expect(isQueueFree(url)).toBe(free);
  });

  it("reads its size from the environment, 0 turning it off, and refuses nonsense", () => {
    expect(renderQueueOptions({})).toEqual({ concurrency: 4, maxWaiting: 2000 });
    expect(renderQueueOptions({ RENDER_CONCURRENCY: "2", RENDER_QUEUE_MAX: "50" })).toEqual({ concurrency: 2, maxWaiting: 50 });
    expect(renderQueueOptions({ RENDER_CONCURRENCY: "0" })).toBeNull();
    expect(() => renderQueueOptions({ RENDER_CONCURRENCY: "many" })).toThrow(/RENDER_CONCURRENCY/);
    expect(() => renderQueueOptions({ RENDER_QUEUE_MAX: "-1" })).toThrow(/RENDER_QUEUE_MAX/);
  });
});

describe("queued handler on a real HTTP server", () => {
  let server: http.Server | null = null;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve));
    server = null;
  });

  /** A server whose handler streams: headers and a first chunk, then the rest `streamMs` later, after the handler returned. */
  async function start(concurrency: number, streamMs: number) {
    const queue = createRenderQueue({ concurrency, maxWaiting: 1 });
    let inFlight = 0;
    let maxInFlight = 0;
    const started: string[] = [];
    const handle = queuedHandler(
      queue,
      async (req, res) => {
        started.push(req.url ?? "");
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        res.write("first ");
        setTimeout(() => {
          inFlight--;
          res.end("last");
        }, streamMs);
      },
      (_req, res) => {
        res.statusCode = 503;
        res.end("busy");
      },
    );
    server = http.createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, queue, maxInFlight: () => maxInFlight, started };
  }

  it("holds a place until the streamed response is finished, not until the handler returns", async () => {
    const { base, queue, maxInFlight } = await start(1, 30);
    const answers = await Promise.all([fetch(`${base}/a`), fetch(`${base}/b`)].map(async (r) => ({ status: (await r).status, body: await (await r).text() })));
    expect(answers).toEqual([
      { status: 200, body: "first last" },
      { status: 200, body: "first last" },
    ]);
    expect(maxInFlight()).toBe(1);
    expect(queue.running).toBe(0);
  });

  it("answers the refusal when the queue is full, and lets queue-free paths through", async () => {
    const { base, queue } = await start(1, 200);
    const first = fetch(`${base}/a`);
    const second = fetch(`${base}/b`);
    // Wait until one runs and one waits: the third is then refused.
    while (queue.running + queue.waiting < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    const refused = await fetch(`${base}/c`);
    expect([refused.status, await refused.text()]).toEqual([503, "busy"]);
    const free = await fetch(`${base}/livez`);
    expect(free.status).toBe(200);
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
  });

  it("does not render for a client that went away while it waited", async () => {
    const { base, queue, started } = await start(1, 150);
    const first = fetch(`${base}/first`);
    while (queue.running < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    const abort = new AbortController();
    const gone = fetch(`${base}/gone`, { signal: abort.signal }).catch(() => "aborted");
    while (queue.waiting < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    abort.abort();
    expect(await gone).toBe("aborted");
    const answer = await first;
    expect([answer.status, await answer.text()]).toEqual([200, "first last"]);
    // The queue moved on: a later request runs, the abandoned one never started.
    expect((await fetch(`${base}/later`)).status).toBe(200);
    expect(started).toEqual(["/first", "/later"]);
  });
});
