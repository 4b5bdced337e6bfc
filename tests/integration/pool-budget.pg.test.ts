/**
 * The connection budget (issue 20.3, docs/decisions/0017-errors-and-availability.md): one pool per
 * process, its size from DATABASE_POOL_MAX, and a request that finds no free connection within
 * DATABASE_POOL_WAIT_MS answered 503 with Retry-After, not 500. Read-only: the shared database.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import type pg from "pg";

process.env.DATABASE_POOL_MAX = "2";
process.env.DATABASE_POOL_WAIT_MS = "1500";
const { GET: getOccupation } = await import("@/app/api/v1/occupations/[code]/route");
const { db, pgPool } = await import("@/lib/db");

const occupation = (code: string) => getOccupation(new Request(`http://test/api/v1/occupations/${code}`), { params: Promise.resolve({ code }) });

afterAll(async () => {
  await pgPool?.end();
});

describe("one pool per process, of DATABASE_POOL_MAX connections", () => {
  it("is the pool a second copy of lib/db gets too (Next loads the module once per bundle layer)", async () => {
    vi.resetModules();
    const again = await import("@/lib/db");
    expect(again.pgPool).toBe(pgPool);
    expect(again.db).toBe(db);
    expect(pgPool!.options.max).toBe(2);
  });

  it("answers 503 with Retry-After when no connection frees up in time, and 200 once one does", async () => {
    expect((await occupation("3514")).status).toBe(200);
    const held: pg.PoolClient[] = [await pgPool!.connect(), await pgPool!.connect()];
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const exhausted = await occupation("3514");
      expect(exhausted.status).toBe(503);
      expect(exhausted.headers.get("retry-after")).toBe("5");
      expect((await exhausted.json()).error.code).toBe("unavailable");
      expect(pgPool!.totalCount).toBe(2);
    } finally {
      for (const client of held) client.release();
      warn.mockRestore();
    }
    expect((await occupation("3514")).status).toBe(200);
  });
});
