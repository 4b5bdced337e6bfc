import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { Gate, SerializedSqliteAdapterFactory } from "@/lib/db/serialized-sqlite-adapter";
import { openSqlite } from "@/lib/db/sqlite";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ROOT } from "@/tests/setup/test-db";

/**
 * One request's interactive transaction is open (between two awaits) while another request writes
 * and reads outside any transaction. On Prisma's single better-sqlite3 connection the outsider used
 * to run inside that transaction: it saw uncommitted rows and its own write vanished with the
 * rollback. lib/db wraps the adapter so outsiders wait for the transaction to end.
 */
let dir: string;
let file: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-serialized-"));
  file = path.join(dir, "test.db");
  const raw = openSqlite(file);
  applyMigrations(raw, readMigrations(path.join(ROOT, "prisma/migrations")));
  raw.close();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A transaction that writes `key`, lets other work run, then fails; and an outsider meanwhile. */
async function interleave(db: PrismaClient, key: string) {
  let seenInside: string | null = "not read";
  const failing = db
    .$transaction(async (tx) => {
      await tx.appMeta.create({ data: { key: `${key}:tx`, value: "uncommitted" } });
      await sleep(100);
      throw new Error("the editor's save fails");
    })
    .catch((error: unknown) => (error as Error).message);
  await sleep(20);
  const outsider = (async () => {
    seenInside = (await db.appMeta.findUnique({ where: { key: `${key}:tx` } }))?.value ?? null;
    await db.appMeta.create({ data: { key: `${key}:outside`, value: "committed" } });
  })();
  const [failure] = await Promise.all([failing, outsider]);
  const kept = await db.appMeta.findUnique({ where: { key: `${key}:outside` } });
  return { failure, seenInside, kept: kept?.value ?? null };
}

describe("queries outside a transaction", () => {
  it("with the wrapper: see no uncommitted rows, and their writes survive another transaction's rollback", async () => {
    const db = new PrismaClient({ adapter: new SerializedSqliteAdapterFactory(new PrismaBetterSqlite3({ url: `file:${file}` })) });
    try {
      const result = await interleave(db, "wrapped");
      expect(result).toEqual({ failure: "the editor's save fails", seenInside: null, kept: "committed" });
    } finally {
      await db.$disconnect();
    }
  });

  it("without it (Prisma's adapter as shipped) they run inside the other transaction — the reason for the wrapper", async () => {
    const db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
    try {
      const result = await interleave(db, "plain");
      // If this starts failing, Prisma has fixed the adapter and the wrapper can go.
      expect(result).toEqual({ failure: "the editor's save fails", seenInside: "uncommitted", kept: null });
    } finally {
      await db.$disconnect();
    }
  });

  it("an outsider issued during a transaction runs after its commit and sees its rows", async () => {
    const db = new PrismaClient({ adapter: new SerializedSqliteAdapterFactory(new PrismaBetterSqlite3({ url: `file:${file}` })) });
    try {
      const order: string[] = [];
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      const writer = db.$transaction(async (tx) => {
        await tx.appMeta.create({ data: { key: "order:a", value: "a" } });
        entered();
        await sleep(50);
        order.push("commit");
      });
      await inside;
      const read = db.appMeta.findUnique({ where: { key: "order:a" } }).then((row) => order.push(`read:${row?.value ?? "none"}`));
      await Promise.all([writer, read]);
      expect(order).toEqual(["commit", "read:a"]);
    } finally {
      await db.$disconnect();
    }
  });
});

describe("Gate", () => {
  it("lets callers in first come, first served, one at a time", async () => {
    const gate = new Gate();
    const log: string[] = [];
    const job = (name: string, ms: number) =>
      gate.run(async () => {
        log.push(`${name}+`);
        await sleep(ms);
        log.push(`${name}-`);
      });
    await Promise.all([job("a", 20), job("b", 1), job("c", 5)]);
    expect(log).toEqual(["a+", "a-", "b+", "b-", "c+", "c-"]);
  });

  it("a second release is ignored, and a failed job still lets the next one in", async () => {
    const gate = new Gate();
    const release = await gate.acquire();
    release();
    release();
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(gate.run(() => Promise.resolve(42))).resolves.toBe(42);
  });
});
