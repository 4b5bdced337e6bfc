/**
 * The PostgreSQL run really runs on PostgreSQL: the app's lib/db picked the pg adapter for the
 * shared database, and Prisma's model queries and the raw SQL agree on what is there.
 */
import { describe, expect, it, vi } from "vitest";
import { db, pgPool } from "@/lib/db";

describe("lib/db on a postgresql:// DATABASE_URL", () => {
  it("hands out the PostgreSQL client and its pool", async () => {
    expect(process.env.DATABASE_URL).toMatch(/^postgresql:\/\/.*@127\.0\.0\.1:\d+\//);
    expect(pgPool).not.toBeNull();
    const { rows } = await pgPool!.query<{ version: string }>(`SELECT version()`);
    expect(rows[0]!.version).toMatch(/^PostgreSQL 1\d/);
    const [viaPrisma] = await db.$queryRaw<{ server: string }[]>`SELECT current_setting('server_version') AS server`;
    expect(viaPrisma!.server).toMatch(/^1\d/);
  });

  it("keeps leading zeros and Unicode through Prisma", async () => {
    const entry = await db.occupation.findUnique({ where: { code: "011001" }, select: { code: true, name: true, parentCode: true } });
    expect(entry).toEqual({ code: "011001", name: "Oficer zawodowych Sił Zbrojnych", parentCode: "0110" });
    expect(await db.occupation.count()).toBe(3543);
  });

  it("rejects a malformed PostgreSQL URL with a clear message", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://";
    try {
      vi.resetModules();
      await expect(import("@/lib/env")).rejects.toThrow(/not a valid postgresql:\/\/ URL/);
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
