/**
 * npm run bench:first-load — first-load JavaScript per public route against a running server:
 * BASE_URL (default http://127.0.0.1:3000). `npm run bench` measures the same on its own server.
 */
import { FIRST_LOAD_TARGET_KB, PUBLIC_ROUTES, measureFirstLoad } from "./bench/first-load";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";

async function main() {
  const rows = [];
  for (const route of PUBLIC_ROUTES) rows.push(await measureFirstLoad(BASE, route));
  console.log("route".padEnd(34), "scripts", "JS gz kB", "inline gz kB", "HTML gz kB", `≤ ${FIRST_LOAD_TARGET_KB} kB`);
  for (const r of rows) {
    console.log(
      r.route.padEnd(34),
      String(r.scripts).padStart(7),
      r.externalKb.toFixed(1).padStart(8),
      r.inlineKb.toFixed(1).padStart(12),
      r.htmlKb.toFixed(1).padStart(10),
      r.externalKb <= FIRST_LOAD_TARGET_KB ? "yes" : "NO",
    );
  }
  console.log(
    JSON.stringify(
      rows.map((r) => ({ ...r, externalKb: Number(r.externalKb.toFixed(1)), inlineKb: Number(r.inlineKb.toFixed(1)), htmlKb: Number(r.htmlKb.toFixed(1)) })),
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
