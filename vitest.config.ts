import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/unit/**/*.test.ts"],
    // *.pg.test.ts need the PostgreSQL cluster of vitest.pg.config.ts (npm run test:pg).
    exclude: [...configDefaults.exclude, "**/*.pg.test.ts"],
    setupFiles: ["tests/setup/vitest-setup.ts"],
    globalSetup: ["tests/setup/vitest-global-setup.ts"],
    // Read-only integration tests share this file; tests that write make their own copy.
    env: { DATABASE_URL: "file:./tests/.tmp/vitest-shared.db", NODE_ENV: "test" },
    // next-intl's ESM imports "next/navigation" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
