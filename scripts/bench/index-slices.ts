/**
 * node --conditions=react-server --import tsx scripts/bench/index-slices.ts <related|skills|names> [--builds 3]
 * (DATABASE_URL names the catalogue: the soak's ×1 database or data/bench/scale-x10.db)
 *
 * How long a rebuild of one of the server's per-data-version indexes (lib/data/versioned-cache.ts)
 * takes and how long it holds the event loop at a stretch: the build runs through the same lib/data
 * function a request calls, while a 1-ms timer notes the gaps between its ticks. A gap is a
 * synchronous slice (a query on SQLite's synchronous driver, an index build, a structured clone)
 * during which no other request is served. Each build after the first is a rebuild after a data
 * version change (AppMeta's counter raised as a publish does), so it measures what a publish costs a
 * running server. Prints one JSON line per build.
 */
import v8 from "node:v8";
import { bumpDataVersionInTx } from "../../lib/store/app-meta";

const which = process.argv[2] ?? "";
const buildsArg = process.argv.indexOf("--builds");
const builds = buildsArg >= 0 ? Number(process.argv[buildsArg + 1]) : 3;

type Slices = { longestMs: number; over20: number; over50: number; msOver20: number };

/** Notes the loop's stalls from now until the returned function is called. */
function watchLoop(): () => Slices {
  const TICK_MS = 1;
  const slices: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    slices.push(now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  return () => {
    clearInterval(timer);
    slices.push(performance.now() - last);
    const long = slices.filter((s) => s > 20);
    return {
      longestMs: Math.round(Math.max(0, ...slices)),
      over20: long.length,
      over50: slices.filter((s) => s > 50).length,
      msOver20: Math.round(long.reduce((a, b) => a + b, 0)),
    };
  };
}

async function main() {
  const { db } = await import("../../lib/db");
  const indexes: Record<string, () => Promise<unknown>> = {
    related: async () => (await import("../../lib/data/related")).getRelatedEntries("252103"),
    skills: async () => (await import("../../lib/data/skills")).getSkillData(),
    names: async () => (await import("../../lib/data/other-names")).getOtherNames(["2521", "252103"], "en"),
  };
  const build = indexes[which];
  if (!build) throw new Error(`unknown index ${which}; one of ${Object.keys(indexes).join(", ")}`);
  const { getDataVersion } = await import("../../lib/data/data-version");
  await getDataVersion();
  let lastMs = 0;
  for (let n = 0; n < builds; n++) {
    if (n > 0) {
      // Past the rest the cache takes after a build (lib/data/coalesced-builds.ts: at most 9× its
      // time), so the rebuild starts at once; then a publish's version raise, and the skill data's
      // one-second version check waited out.
      await new Promise((resolve) => setTimeout(resolve, Math.min(31_000, 10 * lastMs)));
      await db.$transaction((tx) => bumpDataVersionInTx(tx));
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
    const version = await getDataVersion();
    const stop = watchLoop();
    const t0 = performance.now();
    // The first call builds; a rebuild answers with the previous value at once and builds in the
    // background, so wait until a call answers with the new version's value.
    await build();
    await waitForVersion(which, version);
    const ms = performance.now() - t0;
    lastMs = ms;
    console.log(JSON.stringify({ index: which, build: n + 1, totalMs: Math.round(ms), ...stop(), ...(n === 0 ? cloneCost(which) : {}) }));
  }
  process.exit(0);
}

/**
 * What handing the built value from a worker thread to the server's thread would cost: postMessage
 * serialises in the worker, the receiving thread deserialises in one synchronous slice. Measured
 * with v8.serialize/deserialize (the same structured clone). The related index holds functions
 * (its scoring closures), so there its data would be sent instead: not measured here.
 */
function cloneCost(which: string): Record<string, number> {
  if (which === "related") return {};
  const key = { skills: "skill-data", names: "english-names" }[which];
  const cache = (globalThis as unknown as Record<string, { ready?: { value: unknown } | null } | undefined>)[`atlasCache:${key}`];
  const value = cache?.ready?.value;
  // Built in a worker already: the slices above include the clone.
  if (value === undefined) return {};
  const t0 = performance.now();
  const bytes = v8.serialize(value);
  const t1 = performance.now();
  v8.deserialize(bytes);
  const t2 = performance.now();
  return { serializeMs: Math.round(t1 - t0), deserializeMs: Math.round(t2 - t1), cloneMb: Math.round(bytes.byteLength / 1e5) / 10 };
}

/** Until the index's cache holds `version` (read from the cache's state on globalThis). */
async function waitForVersion(which: string, version: string) {
  const key = { related: "related-text", skills: "skill-data", names: "english-names" }[which];
  type Cache = { state?: () => { readyVersion: string | null }; ready?: { version: string } | null };
  const store = globalThis as unknown as Record<string, Cache | undefined>;
  const readyVersion = (cache: Cache | undefined) => (cache?.state ? cache.state().readyVersion : cache?.ready?.version);
  while (readyVersion(store[`atlasCache:${key}`]) !== version) await new Promise((resolve) => setTimeout(resolve, 5));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
