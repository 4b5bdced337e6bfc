import "server-only";
import { pgPool } from "@/lib/db";
import { withPgTransaction } from "@/lib/db/pg";
import { openSqlite } from "@/lib/db/sqlite";
import { env, sqlitePathFromUrl } from "@/lib/env";
import { reindexEntries } from "@/lib/search/index-builder";
import { reindexEntriesPg } from "@/lib/search/pg/index-builder";
import type { DocumentFilter } from "@/lib/search/documents";
import type { EntityRef } from "@/lib/validation/editor";

/**
 * Re-indexes a published entry for search. The index is derived data: a failure is logged and
 * never undoes the publish (`npm run db:seed -- --force` rebuilds the whole index and repairs it).
 */
export async function refreshSearchIndex(ref: EntityRef): Promise<void> {
  // A profile and a classification entry share their occupation's search document.
  const filter: DocumentFilter = ref.entityType === "position" ? { positionIds: [Number(ref.entityKey)] } : { occupationCodes: [ref.entityKey] };
  if (pgPool) {
    const pool = pgPool;
    try {
      await withPgTransaction(pool, (client) => reindexEntriesPg(client, filter));
    } catch (error) {
      console.error("Search index not refreshed after publishing", ref, error);
    }
    return;
  }
  const db = openSqlite(sqlitePathFromUrl(env.DATABASE_URL));
  try {
    reindexEntries(db, filter);
  } catch (error) {
    console.error("Search index not refreshed after publishing", ref, error);
  } finally {
    db.close();
  }
}
