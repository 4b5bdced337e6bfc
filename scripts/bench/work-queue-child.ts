/**
 * Child process of the work-queue bench (scripts/bench/work-queue.ts): times listWorkQueue, the
 * data function the /admin page awaits, in-process on DATABASE_URL's catalogue, for each filter
 * combination given as query strings. Prints one JSON line. Run with `--conditions=react-server`
 * (lib/data imports `server-only`, as in the server).
 */
import { listWorkQueue } from "../../lib/data/work-queue";
import { workQueueQuerySchema } from "../../lib/validation/work-queue";
import { summariseLatencies } from "./stats";

const [runsArg, ...queries] = process.argv.slice(2);
const runs = Number(runsArg);

async function main() {
  const results = [];
  for (const qs of queries) {
    const query = workQueueQuerySchema.parse(Object.fromEntries(new URLSearchParams(qs)));
    // Warm-up: the first call opens the connection and prepares statements.
    let total = 0;
    for (let i = 0; i < 3; i++) total = (await listWorkQueue(query)).total;
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await listWorkQueue(query);
      samples.push(performance.now() - t0);
    }
    results.push({ query: qs, total, ...summariseLatencies(samples) });
  }
  console.log(JSON.stringify(results));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
