import { dialectOf, env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { WRITE_LOCK_KEY } from "./pg";

/**
 * Takes the database's write lock as an interactive transaction's first statement. Call it in
 * every transaction that reads and then writes. (tests/integration/import-under-edits.test.ts)
 *
 * SQLite: Prisma's adapter opens a deferred transaction (BEGIN): one that has read and then writes
 * after another process (the import CLI) committed meanwhile fails at once with SQLITE_BUSY,
 * reported as "Operation has timed out", since no waiting can make its snapshot current again.
 * Writing first moves the wait before any read, where busy_timeout applies. A statement that
 * changes no row still takes the lock.
 *
 * PostgreSQL: a transaction-scoped advisory lock, the one the importer takes (lib/db/pg.ts), so
 * publishes and imports of every app instance and the CLI take turns; released at commit.
 */
export async function lockForWriting(tx: Prisma.TransactionClient): Promise<void> {
  if (dialectOf(env.DATABASE_URL) === "postgresql") {
    // The lock function returns void, which the adapter cannot read back: select a constant.
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})) AS l`;
    return;
  }
  await tx.$executeRaw`UPDATE "AppMeta" SET "key" = "key" WHERE 0`;
}
