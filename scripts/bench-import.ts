/**
 * npm run bench:import [-- --count 1000]: import throughput into a fresh database (target ≥ 100
 * documents/s); `npm run bench` reports the same figure.
 */
import { runImportBench } from "./bench/import";

const countArg = process.argv.indexOf("--count");
const COUNT = countArg >= 0 ? Number(process.argv[countArg + 1]) : 1000;

async function main() {
  const r = await runImportBench(COUNT);
  console.log(`Imported ${r.documents} generated documents: ${JSON.stringify(r.summary)}`);
  console.log(`suggestion index built in ${r.suggesterSeconds.toFixed(2)} s`);
  console.log(`import: ${r.seconds.toFixed(2)} s → ${r.documentsPerSecond.toFixed(0)} documents/s (target ≥ 100/s)`);
  console.log(JSON.stringify({ documents: r.documents, seconds: Number(r.seconds.toFixed(3)), documentsPerSecond: Math.round(r.documentsPerSecond) }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
