import "server-only";
import fs from "node:fs";
import { coalescedBuilds, type BuildEvent, type CoalescedBuilds } from "@/lib/data/coalesced-builds";
import { getDataVersion } from "@/lib/data/data-version";

/**
 * An in-memory value derived from the whole catalogue (an index), built once per data version and
 * shared by concurrent callers. When the data version changes the old value keeps answering
 * while the new one is built in the background, so only the first request of a process waits.
 * Builds are coalesced and spaced (lib/data/coalesced-builds.ts): one in flight per index, at most
 * ~10 % of the time spent rebuilding under a stream of publishes.
 * Kept on globalThis under `key`, so development hot reloads do not rebuild it.
 */
export function createVersionedCache<T>(key: string, build: () => Promise<T>): () => Promise<T> {
  const store = globalThis as unknown as Record<string, CoalescedBuilds<unknown> | undefined>;
  const globalKey = `atlasCache:${key}`;
  return () => {
    const cache = (store[globalKey] ??= coalescedBuilds<unknown>({ version: getDataVersion, build, onBuild: buildLogger(key) }));
    return cache.get() as Promise<T>;
  };
}

/**
 * When ATLAS_INDEX_BUILD_LOG names a file, each build's start and end are appended to it as a JSON
 * line (the soak counts builds and their time with it). A file, as the loop-delay log: it is
 * nobody else's business. Without the variable nothing is written.
 */
function buildLogger(index: string): ((event: BuildEvent) => void) | undefined {
  const file = process.env.ATLAS_INDEX_BUILD_LOG;
  if (!file) return undefined;
  return (event) => {
    try {
      fs.appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), index, ...event, ms: Math.round(event.ms) })}\n`);
    } catch {
      // A log that cannot be written must not fail a build.
    }
  };
}
