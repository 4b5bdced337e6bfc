/**
 * Child process of the memory bench (scripts/bench/index-memory.ts): builds ONE in-memory index of
 * the server through the same lib/data function a request calls, on DATABASE_URL's catalogue, and
 * prints one JSON line: the process's peak RSS (getrusage maxrss: the build's garbage included),
 * RSS after a full GC, and the heap plus typed-array bytes still held after a full GC, each minus
 * the same figures taken before the build. One index per process, so one build's garbage is not
 * counted against the next. Run with `--expose-gc --conditions=react-server` (lib/data imports
 * `server-only`, as in the server).
 */
import { heapBytesAfterGc } from "./heap";

const which = process.argv[2] ?? "";
const code = process.argv[3] ?? "252103";

const builds: Record<string, () => Promise<unknown>> = {
  none: async () => null,
  // The related entries' text index (lib/data/related.ts) is built by the first profile page.
  related: async () => (await import("../../lib/data/related")).getRelatedEntries(code),
  // The skill search index and match catalogue (lib/data/skills.ts): /skills, /match, transitions.
  skills: async () => (await import("../../lib/data/skills")).getSkillData(),
  // The search engine's entry list and suggestion index (lib/search via lib/data/search.ts).
  search: async () => {
    const search = await import("../../lib/data/search");
    await search.suggest("za");
    const { searchQuerySchema } = await import("../../lib/validation/search");
    return search.searchEntries(searchQuerySchema.parse({ q: "marketing" }));
  },
};

async function main() {
  const build = builds[which];
  if (!build) throw new Error(`unknown index ${which}; one of ${Object.keys(builds).join(", ")}`);
  // The database connection and the modules are loaded first, so only the index is measured.
  const { getDataVersion } = await import("../../lib/data/data-version");
  await getDataVersion();
  const heapBefore = heapBytesAfterGc();
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  const value = await build();
  const ms = performance.now() - t0;
  const heapHeld = heapBytesAfterGc() - heapBefore;
  const mb = (b: number) => Math.round(b / 1e5) / 10;
  console.log(
    JSON.stringify({
      index: which,
      buildMs: Math.round(ms),
      rssBeforeMb: mb(rssBefore),
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      peakRssBeforeMb: mb(peakBefore),
      rssAfterGcMb: mb(process.memoryUsage().rss),
      heapHeldMb: mb(heapHeld),
      answered: value !== undefined,
    }),
  );
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
