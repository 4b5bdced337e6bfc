import "server-only";
import fs from "node:fs";
import { getDataVersion } from "@/lib/data/data-version";

/**
 * An in-memory value derived from the whole catalogue (an index), built once per data version and
 * shared by concurrent callers. When the data version changes the old value keeps answering
 * while the new one is built in the background, so only the first request of a process waits.
 * Kept on globalThis under `key`, so development hot reloads do not rebuild it.
 */
export function createVersionedCache<T>(key: string, build: () => Promise<T>): () => Promise<T> {
  type State = { ready: { version: string; value: T } | null; building: { version: string; promise: Promise<T> } | null };
  const store = globalThis as unknown as Record<string, State | undefined>;
  const globalKey = `atlasCache:${key}`;

  return async () => {
    const version = await getDataVersion();
    const state = (store[globalKey] ??= { ready: null, building: null });
    if (state.ready?.version === version) return state.ready.value;
    if (!state.building || state.building.version !== version) {
      const startedAt = performance.now();
      logBuild(key, "start", version, 0);
      const promise = build().then(
        (value) => {
          state.ready = { version, value };
          logBuild(key, "done", version, performance.now() - startedAt);
          return value;
        },
        (error: unknown) => {
          // A failed build must not stick: the next call tries again.
          state.building = null;
          logBuild(key, "failed", version, performance.now() - startedAt);
          throw error;
        },
      );
      state.building = { version, promise };
    }
    return state.ready ? state.ready.value : state.building.promise;
  };
}

/** Measurement only (ATLAS_INDEX_BUILD_LOG): each build's start and end as a JSON line. */
function logBuild(index: string, event: string, version: string, ms: number) {
  const file = process.env.ATLAS_INDEX_BUILD_LOG;
  if (file) fs.appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), index, event, version, ms: Math.round(ms) })}\n`);
}
