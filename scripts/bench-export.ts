/**
 * npm run bench:export — time to first byte and to the end of the streamed JSON Lines catalogue
 * (/api/v1/export) against a running server: BASE_URL (default http://127.0.0.1:3000). Target: first
 * byte under 1 s.
 */
import { measureExport } from "./bench/export";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";

async function main() {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await measureExport(BASE));
  for (const [i, r] of runs.entries()) {
    console.log(
      `run ${i + 1}: HTTP ${r.status}, first byte ${r.firstByteMs.toFixed(0)} ms, whole ${(r.bytes / 1e6).toFixed(1)} MB in ${r.totalMs.toFixed(0)} ms`,
    );
  }
  console.log(
    JSON.stringify({ firstByteMs: runs.map((r) => Math.round(r.firstByteMs)), totalMs: runs.map((r) => Math.round(r.totalMs)), bytes: runs[0]?.bytes }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
