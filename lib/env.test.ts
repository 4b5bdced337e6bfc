import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { DATABASE_URL: process.env.DATABASE_URL, API_RATE_LIMIT: process.env.API_RATE_LIMIT };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.resetModules();
});

describe("env (lib/env.ts)", () => {
  it("is read on the first read of a setting, not when the module loads, and then stays fixed", async () => {
    vi.resetModules();
    const { env } = await import("./env");
    process.env.DATABASE_URL = "file:./chosen-after-import.db";
    process.env.API_RATE_LIMIT = "7";
    expect(env.DATABASE_URL).toBe("file:./chosen-after-import.db");
    process.env.API_RATE_LIMIT = "8";
    expect(env.API_RATE_LIMIT).toBe(7);
  });

  it("validates every setting of the one schema when it loads, the API's and the importer's included", async () => {
    vi.resetModules();
    process.env.API_RATE_LIMIT = "-1";
    await expect(import("./env")).rejects.toThrow(/API_RATE_LIMIT/);
  });
});
