import { describe, expect, it } from "vitest";
import { createVersionedCache } from "./versioned-cache";

/** A cache over a fake data version and clock, counting its builds. */
function setup(minRebuildMs = 60_000) {
  const world = { version: "v1", now: 0, builds: 0 };
  const get = createVersionedCache(
    `test-${Math.random()}`,
    async () => {
      world.builds++;
      return `index of ${world.version}`;
    },
    { minRebuildMs, now: () => world.now, dataVersion: async () => world.version },
  );
  return { world, get };
}

describe("createVersionedCache", () => {
  it("builds once per data version and shares the value", async () => {
    const { world, get } = setup();
    expect(await Promise.all([get(), get(), get()])).toEqual(["index of v1", "index of v1", "index of v1"]);
    expect(world.builds).toBe(1);
  });

  it("rebuilds at most once a minute however often the data changes (an editor publishing every few seconds)", async () => {
    const { world, get } = setup();
    await get();
    for (let i = 2; i <= 20; i++) {
      world.version = `v${i}`;
      world.now += 2_000;
      expect(await get()).toBe("index of v1");
    }
    expect(world.builds).toBe(1);
    world.now = 60_000;
    await get(); // starts the rebuild, still answering with the old value
    expect(await get()).toBe("index of v20");
    expect(world.builds).toBe(2);
  });

  it("builds again right away when asked to (minRebuildMs 0)", async () => {
    const { world, get } = setup(0);
    await get();
    world.version = "v2";
    await get();
    expect(await get()).toBe("index of v2");
    expect(world.builds).toBe(2);
  });
});
