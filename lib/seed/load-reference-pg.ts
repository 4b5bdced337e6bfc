/**
 * The PostgreSQL twin of lib/seed/load-reference.ts: the same rows (buildReferenceRows), the same
 * checksum skip and the same upsert rules, in one transaction. Each table is one statement over
 * `unnest()` of array parameters: ~100k rows in a handful of round trips.
 */
import type pg from "pg";
import { lockForWritingPg, withPgTransaction, type PgQueryable } from "@/lib/db/pg";
import { bumpDataVersionPg, readMetaPg, writeMetaPg } from "@/lib/store/pg/app-meta";
import { applyOverlays, changedEntries, entryFingerprints } from "@/lib/editor/occupation-overlay";
import { bumpVersionsPg, readLiveFingerprintsPg, readOverlaysPg, writeOverlayUpdatesPg } from "./editorial-overlay-pg";
import { REFERENCE_META_KEY, REFERENCE_TABLES, REPAIRED_NAMES_KEY, buildReferenceRows, readReferenceSet, type LoadResult } from "./load-reference";

/** Column arrays of `rows`, in the order of `keys`: the parameters of an unnest() insert. */
function columns<T, K extends keyof T>(rows: T[], keys: K[]): unknown[][] {
  return keys.map((k) => rows.map((r) => r[k]));
}

/**
 * One row per key, the last one winning: what SQLite's row-by-row upserts leave, and what one
 * ON CONFLICT DO UPDATE statement needs (it may not touch a row twice).
 */
function lastByKey<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

export async function loadReferenceDataPg(pool: pg.Pool, dataDir: string, options: { force?: boolean } = {}): Promise<LoadResult> {
  const { texts, checksum } = readReferenceSet(dataDir);
  const isLoaded = async (db: PgQueryable) => !options.force && (await readMetaPg(db, REFERENCE_META_KEY)) === checksum;
  if (await isLoaded(pool)) return { skipped: true, checksum, counts: await countRowsPg(pool) };

  const sourceRows = buildReferenceRows(texts);
  const loaded = await withPgTransaction(pool, async (client) => {
    // Two instances starting at once load once; the second then finds the checksum and stops.
    await lockForWritingPg(client);
    if (await isLoaded(client)) return false;
    // Published editorial corrections are laid over the source and never overwritten (docs/decisions/0012).
    const { rows, updates } = applyOverlays(sourceRows, await readOverlaysPg(client));
    const before = await readLiveFingerprintsPg(client);

    // One statement: foreign keys (parentCode) are checked at its end, so order inside does not matter.
    await client.query(
      `INSERT INTO "Occupation" (code, level, name, "parentCode", description, synthesis, "isVocational", "isNameCompleted", "isNameRepaired", "searchName")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::boolean[], $9::boolean[], $10::text[])
       ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name, "parentCode" = excluded."parentCode",
         description = excluded.description, synthesis = excluded.synthesis, "isVocational" = excluded."isVocational",
         "isNameCompleted" = excluded."isNameCompleted", "isNameRepaired" = excluded."isNameRepaired", "searchName" = excluded."searchName"`,
      columns(
        lastByKey(rows.occupations, (r) => r.code),
        ["code", "level", "name", "parentCode", "description", "synthesis", "isVocational", "isNameCompleted", "isNameRepaired", "searchName"],
      ),
    );
    // Reference-only child tables are replaced whole; editors' alternative titles stay.
    await client.query(
      `DELETE FROM "GroupTask"; DELETE FROM "AltTitle" WHERE source IN ('gus', 'esco', 'kzis'); DELETE FROM "EscoLink"; DELETE FROM "OccupationEscoSkill";`,
    );
    await client.query(
      `INSERT INTO "GroupTask" ("occupationCode", position, text) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])`,
      columns(rows.groupTasks, ["occupationCode", "position", "text"]),
    );
    await client.query(
      `INSERT INTO "EscoOccupation" (code, "iscoGroup", "labelPl", "labelEn", "descriptionPl", "descriptionEn", "conceptUri")
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (code) DO UPDATE SET "iscoGroup" = excluded."iscoGroup", "labelPl" = excluded."labelPl", "labelEn" = excluded."labelEn",
         "descriptionPl" = excluded."descriptionPl", "descriptionEn" = excluded."descriptionEn", "conceptUri" = excluded."conceptUri"`,
      columns(
        lastByKey(rows.escoOccupations, (r) => r.code),
        ["code", "iscoGroup", "labelPl", "labelEn", "descriptionPl", "descriptionEn", "conceptUri"],
      ),
    );
    await client.query(
      `INSERT INTO "EscoLink" ("occupationCode", "escoCode") SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      columns(rows.escoLinks, ["occupationCode", "escoCode"]),
    );
    // WITH ORDINALITY keeps the source order, so ids and the kept duplicate match SQLite's.
    await client.query(
      `INSERT INTO "AltTitle" ("occupationCode", title, source, language)
       SELECT c, t, s, l FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(c, t, s, l, n) ORDER BY n
       ON CONFLICT DO NOTHING`,
      columns(rows.titles, ["occupationCode", "title", "source", "language"]),
    );
    const labels = [...new Set(rows.occupationSkills.map((s) => s.label))];
    await client.query(
      `INSERT INTO "EscoSkill" (label) SELECT l FROM unnest($1::text[]) WITH ORDINALITY AS u(l, n) ORDER BY n ON CONFLICT (label) DO NOTHING`,
      [labels],
    );
    await client.query(
      `INSERT INTO "OccupationEscoSkill" ("occupationCode", "skillId", position)
       SELECT u.c, s.id, u.p FROM unnest($1::text[], $2::text[], $3::int[]) AS u(c, l, p) JOIN "EscoSkill" s ON s.label = u.l
       ON CONFLICT DO NOTHING`,
      columns(rows.occupationSkills, ["occupationCode", "label", "position"]),
    );
    await client.query(
      `INSERT INTO "IscoGroup" (code, "labelEn", "labelPl", "descriptionEn") SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (code) DO UPDATE SET "labelEn" = excluded."labelEn", "labelPl" = excluded."labelPl", "descriptionEn" = excluded."descriptionEn"`,
      columns(
        lastByKey(rows.iscoGroups, (r) => r.code),
        ["code", "labelEn", "labelPl", "descriptionEn"],
      ),
    );
    await writeOverlayUpdatesPg(client, updates);
    await bumpVersionsPg(client, changedEntries(before, entryFingerprints(rows)));
    await writeMetaPg(client, REFERENCE_META_KEY, checksum);
    await bumpDataVersionPg(client);
    return true;
  });
  return { skipped: !loaded, checksum, counts: await countRowsPg(pool) };
}

async function countRowsPg(db: PgQueryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of REFERENCE_TABLES) {
    const { rows } = await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0]!.n;
  }
  const { rows } = await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "Occupation" WHERE "isNameRepaired"`);
  counts[REPAIRED_NAMES_KEY] = rows[0]!.n;
  return counts;
}
