import { beforeEach, describe, expect, it, vi } from "vitest";

// The state lives on globalThis: each case starts from a fresh module and a fresh state.
beforeEach(() => {
  delete (globalThis as { atlasDatabaseHealth?: unknown }).atlasDatabaseHealth;
  vi.resetModules();
});

describe("isDatabaseReady", () => {
  it("is ready while nothing has registered a probe (the app has not opened its database yet)", async () => {
    const { isDatabaseReady } = await import("./health");
    expect(await isDatabaseReady()).toBe(true);
  });

  it("asks the probe at most once a second, and concurrent callers share one probe", async () => {
    const { isDatabaseReady, setDatabaseProbe } = await import("./health");
    const probe = vi.fn(async () => {});
    setDatabaseProbe(probe);
    const now = Date.now();
    expect(await Promise.all([isDatabaseReady(now), isDatabaseReady(now), isDatabaseReady(now)])).toEqual([true, true, true]);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await isDatabaseReady(Date.now())).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await isDatabaseReady(Date.now() + 1500)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("says not ready when the probe fails, probes again after an error report, and recovers by itself", async () => {
    const { isDatabaseReady, markDatabaseUnavailable, setDatabaseProbe } = await import("./health");
    let isUp = true;
    setDatabaseProbe(async () => {
      if (!isUp) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    });
    expect(await isDatabaseReady()).toBe(true);
    isUp = false;
    // Still believed for up to a second, unless an error said otherwise.
    expect(await isDatabaseReady()).toBe(true);
    markDatabaseUnavailable();
    expect(await isDatabaseReady()).toBe(false);
    isUp = true;
    expect(await isDatabaseReady()).toBe(false);
    expect(await isDatabaseReady(Date.now() + 1500)).toBe(true);
  });

  it("shares its state between two copies of the module (the server's and Next's bundles)", async () => {
    const first = await import("./health");
    vi.resetModules();
    const second = await import("./health");
    expect(second).not.toBe(first);
    first.setDatabaseProbe(async () => {
      throw new Error("down");
    });
    expect(await second.isDatabaseReady()).toBe(false);
  });
});
