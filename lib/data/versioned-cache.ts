import "server-only";
import { getDataVersion } from "@/lib/data/data-version";

/**
 * An in-memory value derived from the whole catalogue (an index), built once per data version and
 * shared by concurrent callers. When the data version changes the old value keeps answering
 * while the new one is built in the background, so only the first request of a process waits.
 * Kept on globalThis under `key`, so development hot reloads do not rebuild it.
 *
 * NOTE: "in the background" still runs on the event loop: a build is seconds of CPU (the related
 * entries' TF-IDF index, ~2 s), during which every request of the process waits. An editor who
 * publishes every few seconds (the soak test) made the server rebuild continuously, with answers
 * taking over 30 s. So a value is rebuilt at most once per `minRebuildMs` (default 60 s); until
 * then the previous version answers (related entries and skill matches may lag an edit by a
 * minute, as the API's Cache-Control already allows).
 */
export function createVersionedCache<T>(
  key: string,
  build: () => Promise<T>,
  options: { minRebuildMs?: number; now?: () => number; dataVersion?: () => Promise<string> } = {},
): () => Promise<T> {
  const { minRebuildMs = 60_000, now = Date.now, dataVersion = getDataVersion } = options;
  type State = { ready: { version: string; value: T; builtAt: number } | null; building: { version: string; promise: Promise<T> } | null };
  const store = globalThis as unknown as Record<string, State | undefined>;
  const globalKey = `atlasCache:${key}`;

  return async () => {
    const version = await dataVersion();
    const state = (store[globalKey] ??= { ready: null, building: null });
    if (state.ready?.version === version) return state.ready.value;
    if (state.ready && now() - state.ready.builtAt < minRebuildMs) return state.ready.value;
    // One build at a time: a version that changes during a build waits for the next call.
    if (!state.building) {
      const started = now();
      const promise = build().then(
        (value) => {
          state.ready = { version, value, builtAt: started };
          state.building = null;
          return value;
        },
        (error: unknown) => {
          // A failed build must not stick: the next call tries again.
          state.building = null;
          throw error;
        },
      );
      state.building = { version, promise };
    }
    return state.ready ? state.ready.value : state.building.promise;
  };
}
