import "server-only";
import { openSqlite } from "@/lib/db/sqlite";
import { env, sqlitePathFromUrl } from "@/lib/env";
import { reindexEntries } from "@/lib/search/index-builder";
import type { EntityRef } from "@/lib/validation/editor";

/**
 * Re-indexes a published entry for search. The index is derived data: a failure is logged and
 * never undoes the publish (`npm run reindex`-style rebuilds repair it).
 */
export function refreshSearchIndex(ref: EntityRef): void {
  const db = openSqlite(sqlitePathFromUrl(env.DATABASE_URL));
  try {
    reindexEntries(db, ref.entityType === "profile" ? { occupationCodes: [ref.entityKey] } : { positionIds: [Number(ref.entityKey)] });
  } catch (error) {
    console.error("Search index not refreshed after publishing", ref, error);
  } finally {
    db.close();
  }
}
