import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * The PostgreSQL run of the integration tests (docs/decisions/0010-postgresql.md): a throwaway
 * cluster in tests/.tmp/pg, a template database copied for each test file. `npm run test:pg`.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: [
      "tests/integration/**/*.pg.test.ts",
      // The same files as in the SQLite run: they reach the database only through the app's modules.
      "tests/integration/api-occupations.test.ts",
      "tests/integration/api-http.test.ts",
      "tests/integration/openapi.test.ts",
      "tests/integration/editor-drafts.test.ts",
      "tests/integration/concurrent-saves.test.ts",
      "tests/integration/publish-search-atomic.test.ts",
      "tests/integration/occupation-entries.test.ts",
      "tests/integration/occupation-entry-actions.test.ts",
      "tests/integration/admin-actions.test.ts",
      "tests/integration/lexicon-actions.test.ts",
      "tests/integration/account-security.test.ts",
      "tests/integration/auth-cookies-https.test.ts",
      "tests/integration/client-address-http.test.ts",
      "tests/integration/start-profile.test.ts",
      "tests/integration/work-queue.test.ts",
      "tests/integration/skill-search.test.ts",
      "tests/integration/match.test.ts",
      "tests/integration/reimport.test.ts",
      "tests/integration/export-after-publish.test.ts",
    ],
    setupFiles: ["tests/setup/pg-setup.ts"],
    globalSetup: ["tests/setup/pg-global-setup.ts"],
    env: { NODE_ENV: "test" },
    // Test files share one small server; two at a time keep it and the 2 cores busy enough.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
