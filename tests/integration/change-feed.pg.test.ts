/**
 * Two instances on one PostgreSQL database (issue 14, item 6): what one announces after a publish
 * reaches the other through LISTEN/NOTIFY (lib/store/changes.ts, scripts/serve.ts applies it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgPool } from "@/lib/db/pg";
import { storeOf } from "@/lib/store";
import type { PageChange } from "@/lib/store/changes";
import { createTestDatabase, dropTestDatabase } from "../setup/pg-test-db";

let url: string;
const pools: ReturnType<typeof createPgPool>[] = [];

beforeAll(async () => {
  url = await createTestDatabase("change_feed");
});

afterAll(async () => {
  for (const pool of pools) await pool.end();
  await dropTestDatabase(url);
});

/** An instance: a pool and the store over it, as lib/db.ts opens them. */
function instance() {
  const pool = createPgPool(url, { max: 2 });
  pools.push(pool);
  return storeOf(pool);
}

function collect() {
  const received: PageChange[] = [];
  const waiters: { done: () => boolean; resolve: () => void }[] = [];
  const revalidations = () => received.flatMap((c) => c.revalidations).length;
  const until = (done: () => boolean) => (done() ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ done, resolve })));
  return {
    received,
    onChange(change: PageChange) {
      received.push(change);
      for (const w of waiters) if (w.done()) w.resolve();
    },
    /** Resolves once `count` changes have arrived (the test's own timeout bounds the wait). */
    until: (count: number) => until(() => received.length >= count),
    /** Resolves once `count` revalidations have arrived, in however many parts. */
    untilRevalidations: (count: number) => until(() => revalidations() >= count),
  };
}

describe("the change feed between instances on PostgreSQL", () => {
  it("a change announced by one instance reaches another as sent; a large one arrives whole, in parts", async () => {
    const a = instance();
    const b = instance();
    const seen = collect();
    const stop = await b.changes.listen(seen.onChange);
    try {
      const publish: PageChange = {
        origin: "instance-a",
        revalidations: [{ path: "/occupations/351402" }, { path: "/[locale]/positions/[id]", type: "page" }],
      };
      await a.changes.announce(publish);
      await seen.until(1);
      expect(seen.received[0]).toEqual(publish);

      const wide: PageChange = { origin: "instance-a", revalidations: Array.from({ length: 300 }, (_, i) => ({ path: `/en/occupations/${100000 + i}` })) };
      await a.changes.announce(wide);
      await seen.untilRevalidations(2 + wide.revalidations.length);
      expect(seen.received.length).toBeGreaterThan(2);
      expect(seen.received.slice(1).flatMap((c) => c.revalidations)).toEqual(wide.revalidations);
    } finally {
      await stop();
    }
  });

  it("after stop, nothing more is delivered; a NOTIFY of another shape on the channel is ignored", async () => {
    const a = instance();
    const b = instance();
    const seen = collect();
    const stop = await b.changes.listen(seen.onChange);
    await pools[pools.length - 1]!.query(`SELECT pg_notify('atlas_page_changes', 'not a change')`);
    await a.changes.announce({ origin: "instance-a", revalidations: [{ path: "/kk" }] });
    await seen.until(1);
    expect(seen.received).toEqual([{ origin: "instance-a", revalidations: [{ path: "/kk" }] }]);
    await stop();
    await a.changes.announce({ origin: "instance-a", revalidations: [{ path: "/ru" }] });
    // The announcement went out (a listener on another connection sees it), the stopped one got nothing.
    const check = collect();
    const stopCheck = await a.changes.listen(check.onChange);
    await a.changes.announce({ origin: "instance-a", revalidations: [{ path: "/en" }] });
    await check.until(1);
    await stopCheck();
    expect(seen.received).toHaveLength(1);
  });
});
