/**
 * The scheduling of an index rebuilt per data version (lib/data/versioned-cache.ts wires it to the
 * data version and the server's globalThis), pure of any database so it is tested with fake builds,
 * versions and clock:
 *   - at most one build in flight; a version seen during a build gives ONE more build afterwards,
 *     of the newest version seen (a publish a second made each request start a build of its own,
 *     and they piled up on the event loop);
 *   - while a value exists it answers at once, and a rebuild waits until `minGapMs(lastBuildMs)`
 *     has passed since the previous build ended (an isolated publish is rebuilt at once; a publish
 *     every second gives a rebuild every few seconds, not a build running back to back);
 *   - with no value yet (the process's first build) callers wait for the end of the build in flight,
 *     or of the one they start; no rest is taken then;
 *   - builds end in the order they started, so a value never replaces a newer one.
 */

export type CoalescedBuildsOptions<T> = {
  /** The data version now (one cheap read). */
  version: () => Promise<string>;
  build: () => Promise<T>;
  /** How long the index rests after a build that took `lastBuildMs` (see the default). */
  minGapMs?: (lastBuildMs: number) => number;
  now?: () => number;
  /** Runs `start` after `ms`; a timer in the server, a fake one in tests. */
  later?: (start: () => void, ms: number) => void;
  /** Told of each build's start and end (the soak counts them). */
  onBuild?: (event: BuildEvent) => void;
};

export type BuildEvent = { event: "start" | "done" | "failed"; version: string; ms: number; pendingVersion: string | null };

/**
 * Rebuilds use at most ~10 % of the time: a build of d ms is followed by 9·d ms without one (the
 * build's wall time, which under load includes others' work: an upper bound of its own). Capped
 * at 30 s, so a change shows within a build plus half a minute even under a publish a second,
 * and at least 1 s, so cheap builds (the English names: tens of ms) are not redone per publish.
 */
export function defaultMinGapMs(lastBuildMs: number): number {
  return Math.min(30_000, Math.max(1000, 9 * lastBuildMs));
}

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void };

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting (a rebuild while a value answers): its failure is not unhandled.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

export type CoalescedBuilds<T> = {
  get(): Promise<T>;
  /** For tests and the bench: the version of the value that answers, and of the build in flight. */
  state(): { readyVersion: string | null; buildingVersion: string | null; pendingVersion: string | null };
};

export function coalescedBuilds<T>(options: CoalescedBuildsOptions<T>): CoalescedBuilds<T> {
  const minGapMs = options.minGapMs ?? defaultMinGapMs;
  const now = options.now ?? (() => performance.now());
  const later = options.later ?? ((start, ms) => setTimeout(start, ms).unref());
  let ready: { version: string; value: T } | null = null;
  let building: string | null = null;
  /** The newest version asked for that neither `ready` nor `building` holds. */
  let pending: string | null = null;
  /** Callers that found no value: the next build's end answers them. */
  let waiters: Deferred<T> | null = null;
  let timerSet = false;
  let lastBuild: { endedAt: number; ms: number } | null = null;

  const finish = (version: string, startedAt: number, outcome: { value: T } | { error: unknown }) => {
    const ms = now() - startedAt;
    building = null;
    lastBuild = { endedAt: now(), ms };
    const answered = waiters;
    waiters = null;
    if ("value" in outcome) ready = { version, value: outcome.value };
    options.onBuild?.({ event: "value" in outcome ? "done" : "failed", version, ms, pendingVersion: pending });
    // A failed build does not stick: its waiters get the error, the next call tries again.
    if ("value" in outcome) answered?.resolve(outcome.value);
    else answered?.reject(outcome.error);
    schedule();
  };

  const start = () => {
    timerSet = false;
    if (building !== null || pending === null) return;
    const version = pending;
    pending = null;
    building = version;
    const startedAt = now();
    options.onBuild?.({ event: "start", version, ms: 0, pendingVersion: null });
    options.build().then(
      (value) => finish(version, startedAt, { value }),
      (error: unknown) => finish(version, startedAt, { error }),
    );
  };

  /** Starts the pending build now, or when the rest after the last build is over. */
  const schedule = () => {
    if (building !== null || pending === null || timerSet) return;
    // With no value, callers are waiting: build at once.
    const wait = ready && lastBuild ? Math.max(0, lastBuild.endedAt + minGapMs(lastBuild.ms) - now()) : 0;
    if (wait === 0) return start();
    timerSet = true;
    later(start, wait);
  };

  return {
    async get() {
      const version = await options.version();
      if (ready?.version === version) return ready.value;
      if (building !== version) {
        pending = version;
        schedule();
      }
      if (ready) return ready.value;
      waiters ??= deferred<T>();
      return waiters.promise;
    },
    state: () => ({ readyVersion: ready?.version ?? null, buildingVersion: building, pendingVersion: pending }),
  };
}
