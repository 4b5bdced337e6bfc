import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The e2e server runs the real `npm start` path (migrate, seed, import seed documents, build, serve)
// on its own database file and port, so tests never touch a developer's data/atlas.db.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DB = path.resolve("tests/.tmp/e2e.db");
// E2E_DATABASE_URL=postgresql://… runs the same suite on PostgreSQL (an empty database of its own).
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${E2E_DB}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  globalSetup: "./tests/setup/e2e-global-setup.ts",
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `${BASE_URL}/api/v1/occupations/1`,
    timeout: 240_000,
    reuseExistingServer: false,
    // The suite signs in from one address many times a minute; production keeps the default of 5.
    // TRUSTED_PROXIES=loopback: the suite plays the balancer, so a test can send sign-ins "from"
    // many addresses (X-Forwarded-For); the browser's own requests carry none and count as 127.0.0.1.
    env: { PORT: String(PORT), DATABASE_URL: E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", AUTH_SIGN_IN_PER_MINUTE: "100", TRUSTED_PROXIES: "loopback" },
    stdout: "pipe",
  },
});
