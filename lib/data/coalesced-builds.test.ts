import { describe, expect, it } from "vitest";
import { coalescedBuilds, defaultMinGapMs, type BuildEvent } from "./coalesced-builds";

/**
 * A fake world: the data version is a variable, each build is a promise the test ends by hand
 * (its value names the version current when it started), the clock is a number and timers run
 * when the test advances it.
 */
function world(options: { minGapMs?: (ms: number) => number } = {}) {
  let version = "v1";
  let clock = 0;
  const timers: { at: number; run: () => void }[] = [];
  const builds: { version: string; finish: () => void; fail: (error: Error) => void }[] = [];
  const events: BuildEvent[] = [];
  const cache = coalescedBuilds<string>({
    version: async () => version,
    build: () =>
      new Promise<string>((resolve, reject) => {
        const built = version;
        builds.push({ version: built, finish: () => resolve(`value of ${built}`), fail: reject });
      }),
    minGapMs: options.minGapMs ?? (() => 1000),
    now: () => clock,
    later: (run, ms) => timers.push({ at: clock + ms, run }),
    onBuild: (event) => events.push(event),
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    cache,
    builds,
    events,
    settle,
    publish: () => (version = `v${Number(version.slice(1)) + 1}`),
    /** Moves the clock and runs the timers due. */
    advance: async (ms: number) => {
      clock += ms;
      for (const timer of timers.filter((t) => t.at <= clock)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await settle();
    },
    finishBuild: async (at: number, ms = 0) => {
      clock += ms;
      builds[at]!.finish();
      await settle();
    },
  };
}

describe("coalescedBuilds", () => {
  it("builds once for concurrent first callers, who all wait for that value", async () => {
    const w = world();
    const answers = Promise.all([w.cache.get(), w.cache.get(), w.cache.get()]);
    await w.settle();
    expect(w.builds).toHaveLength(1);
    await w.finishBuild(0);
    expect(await answers).toEqual(["value of v1", "value of v1", "value of v1"]);
    expect(await w.cache.get()).toBe("value of v1");
    expect(w.builds).toHaveLength(1);
  });

  it("answers with the previous value during a rebuild, and with the new one after it", async () => {
    const w = world();
    const first = w.cache.get();
    await w.settle();
    await w.finishBuild(0, 100);
    await first;
    await w.advance(5000);
    w.publish();
    expect(await w.cache.get()).toBe("value of v1");
    expect(w.builds.map((b) => b.version)).toEqual(["v1", "v2"]);
    await w.finishBuild(1);
    expect(await w.cache.get()).toBe("value of v2");
  });

  it("keeps one build in flight: versions seen during it give one more build, of the newest", async () => {
    const w = world();
    const first = w.cache.get();
    await w.settle();
    await w.finishBuild(0);
    await first;
    await w.advance(5000);
    w.publish(); // v2: a rebuild starts
    await w.cache.get();
    for (let i = 0; i < 5; i++) {
      w.publish(); // v3 … v7 while v2 builds
      await w.cache.get();
      await w.cache.get();
    }
    expect(w.builds.map((b) => b.version)).toEqual(["v1", "v2"]);
    await w.finishBuild(1);
    // The next build waits out the rest after v2's, then builds the newest version only.
    await w.advance(999);
    expect(w.builds).toHaveLength(2);
    await w.advance(1);
    expect(w.builds.map((b) => b.version)).toEqual(["v1", "v2", "v7"]);
    expect(Math.max(...inFlight(w.events))).toBe(1);
    await w.finishBuild(2);
    expect(await w.cache.get()).toBe("value of v7");
    expect(w.builds).toHaveLength(3);
  });

  it("rebuilds an isolated change at once, and spaces rebuilds by the rest the last build's time asks for", async () => {
    const w = world({ minGapMs: (ms) => 9 * ms });
    const first = w.cache.get();
    await w.settle();
    await w.finishBuild(0, 200); // a 200-ms build: 1,800 ms of rest after it
    await first;
    await w.advance(10_000);
    w.publish();
    await w.cache.get();
    expect(w.builds).toHaveLength(2); // long after the last build: at once
    await w.finishBuild(1, 200);
    w.publish();
    expect(await w.cache.get()).toBe("value of v2");
    await w.advance(1799);
    expect(w.builds).toHaveLength(2);
    await w.advance(1);
    expect(w.builds).toHaveLength(3);
  });

  it("never answers with an older value once a newer one was served", async () => {
    const w = world();
    const served: string[] = [];
    const first = w.cache.get();
    await w.settle();
    await w.finishBuild(0);
    served.push(await first);
    let finished = 1;
    for (let step = 0; step < 20; step++) {
      w.publish();
      served.push(await w.cache.get());
      // Builds end now and then, in the order they started.
      if (step % 3 === 2 && finished < w.builds.length) await w.finishBuild(finished++);
      await w.advance(700);
    }
    const order = served.map((v) => Number(v.replace("value of v", "")));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBeGreaterThan(2);
  });

  it("does not keep a failure: its waiters get the error, the next call builds again", async () => {
    const w = world();
    const first = w.cache.get();
    await w.settle();
    w.builds[0]!.fail(new Error("database gone"));
    await expect(first).rejects.toThrow("database gone");
    const second = w.cache.get();
    await w.settle();
    expect(w.builds).toHaveLength(2);
    await w.finishBuild(1);
    expect(await second).toBe("value of v1");
    expect(w.events.map((e) => e.event)).toEqual(["start", "failed", "start", "done"]);
  });

  it("a first caller that sees a newer version during the first build gets the first value at once, and the newer one is built next", async () => {
    const w = world();
    const first = w.cache.get();
    await w.settle();
    w.publish();
    const second = w.cache.get();
    await w.settle();
    expect(w.builds).toHaveLength(1);
    await w.finishBuild(0);
    expect(await first).toBe("value of v1");
    expect(await second).toBe("value of v1");
    await w.advance(1000);
    expect(w.builds.map((b) => b.version)).toEqual(["v1", "v2"]);
  });
});

describe("defaultMinGapMs", () => {
  it("rests nine times the build's time (rebuilds ≤ 10 % of the time), between 1 s and 30 s", () => {
    expect(defaultMinGapMs(20)).toBe(1000);
    expect(defaultMinGapMs(800)).toBe(7200);
    expect(defaultMinGapMs(10_000)).toBe(30_000);
  });
});

/** How many builds ran at once after each event. */
function inFlight(events: readonly BuildEvent[]): number[] {
  let n = 0;
  return events.map((e) => (n += e.event === "start" ? 1 : -1));
}
