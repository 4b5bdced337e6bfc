import fs from "node:fs";
import { createE2eUsers } from "./e2e-users";

/**
 * Checks the browser before anything starts, with the one line that fixes it.
 * NOTE: the e2e database is NOT deleted here: Playwright starts the webServer before globalSetup.
 * The server's own start (scripts/start.ts) is idempotent on an existing file; tests/.tmp is
 * removed by `npm run test:e2e` before the run instead.
 */
export default function globalSetup() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`);
  }
  // The server is up (and its database migrated and seeded) before global setup runs.
  createE2eUsers();
}
