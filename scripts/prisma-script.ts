/**
 * A PrismaClient for command-line scripts (lib/db is server-only), on the migrated database that
 * DATABASE_URL names: a SQLite file, or PostgreSQL (the PostgreSQL client under the common type,
 * as lib/db.ts does; lib/db/client-types.ts proves the cast).
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PgPrismaClient } from "../lib/generated/prisma-pg/client";
import { PrismaClient } from "../lib/generated/prisma/client";
import { databaseFile, databaseUrl, isPostgres, openMigrated, openReadyDatabase } from "./db";

export async function openPrisma(): Promise<PrismaClient> {
  if (isPostgres()) {
    // Migrate first, so a fresh database works too.
    await (await openReadyDatabase({ referenceAndIndex: false })).close();
    return new PgPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl() }) }) as unknown as PrismaClient;
  }
  openMigrated().db.close();
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databaseFile()}` }) });
}
