/** A PrismaClient for command-line scripts (lib/db is server-only), on the migrated DATABASE_URL file. */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { databaseFile, openMigrated } from "./db";

export function openPrisma(): PrismaClient {
  // Migrate first with the raw connection, so a fresh database works too.
  openMigrated().db.close();
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${databaseFile()}` }) });
}
