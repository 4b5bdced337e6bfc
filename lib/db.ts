import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { SerializedSqliteAdapterFactory } from "@/lib/db/serialized-sqlite-adapter";
import { env, sqlitePathFromUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** The one PrismaClient of the app; cached on globalThis so hot reload does not open more files. */
function createClient() {
  // Serialized: statements outside a transaction wait for an open one (see the wrapper's comment).
  const adapter = new SerializedSqliteAdapterFactory(new PrismaBetterSqlite3({ url: `file:${sqlitePathFromUrl(env.DATABASE_URL)}` }));
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { atlasDb?: ReturnType<typeof createClient> };

export const db = globalForDb.atlasDb ?? createClient();

if (env.NODE_ENV !== "production") globalForDb.atlasDb = db;
