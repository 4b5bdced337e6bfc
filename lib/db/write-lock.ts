import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes SQLite's write lock as an interactive transaction's first statement. Prisma's adapter
 * opens a deferred transaction (BEGIN): one that has read and then writes after another process
 * (the import CLI) committed meanwhile fails at once with SQLITE_BUSY, reported as "Operation has
 * timed out", since no waiting can make its snapshot current again. Writing first moves the wait
 * before any read, where busy_timeout applies. A statement that changes no row still takes the
 * lock. Call it in every transaction that reads and then writes.
 * (tests/integration/import-under-edits.test.ts)
 */
export async function lockForWriting(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`UPDATE "AppMeta" SET "key" = "key" WHERE 0`;
}
