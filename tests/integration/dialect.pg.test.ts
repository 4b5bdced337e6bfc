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

  it("raw SQL and Prisma agree on timestamps whatever the process's time zone", async () => {
    const saved = process.env.TZ;
    process.env.TZ = "Asia/Almaty"; // UTC+5: a local-time mix-up would show as 5 hours
    try {
      const at = new Date("2026-11-22T18:00:00.000Z");
      await pgPool!.query(
        `INSERT INTO "AppMeta" (key, value, "updatedAt") VALUES ('tz-probe', 'x', $1) ON CONFLICT (key) DO UPDATE SET "updatedAt" = excluded."updatedAt"`,
        [at],
      );
      const viaPrisma = await db.appMeta.findUnique({ where: { key: "tz-probe" }, select: { updatedAt: true } });
      expect(viaPrisma?.updatedAt.toISOString()).toBe(at.toISOString());
      const viaRaw = await pgPool!.query<{ updatedAt: Date; now: Date }>(
        `SELECT "updatedAt", now()::timestamp(3) AS now FROM "AppMeta" WHERE key = 'tz-probe'`,
      );
      expect(viaRaw.rows[0]!.updatedAt.toISOString()).toBe(at.toISOString());
      expect(Math.abs(viaRaw.rows[0]!.now.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      process.env.TZ = saved;
      await pgPool!.query(`DELETE FROM "AppMeta" WHERE key = 'tz-probe'`);
    }
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
