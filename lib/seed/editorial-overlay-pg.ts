/** The PostgreSQL twin of lib/seed/editorial-overlay.ts, run inside the loader's transaction. */
import type { PgQueryable } from "@/lib/db/pg";
import { entryFingerprints, toOverlay, type Overlay, type OverlayUpdate } from "@/lib/editor/occupation-overlay";

export async function readOverlaysPg(db: PgQueryable): Promise<Map<string, Overlay>> {
  const { rows } = await db.query<{ code: string; fields: unknown; basedOn: unknown; source: unknown }>(
    `SELECT code, fields, "basedOn", source FROM "OccupationEdit"`,
  );
  return new Map(rows.map((r) => [r.code, toOverlay(r)]));
}

export async function readLiveFingerprintsPg(db: PgQueryable): Promise<Map<string, string>> {
  const occupations = await db.query<{
    code: string;
    name: string;
    description: string | null;
    isVocational: boolean;
    parentCode: string | null;
    searchName: string;
  }>(`SELECT code, name, description, "isVocational", "parentCode", "searchName" FROM "Occupation"`);
  const groupTasks = await db.query<{ occupationCode: string; position: number; text: string }>(`SELECT "occupationCode", position, text FROM "GroupTask"`);
  const titles = await db.query<{ occupationCode: string; title: string; source: string; language: string }>(
    `SELECT "occupationCode", title, source, language FROM "AltTitle" WHERE source IN ('gus', 'esco', 'kzis')`,
  );
  return entryFingerprints({ occupations: occupations.rows, groupTasks: groupTasks.rows, titles: titles.rows });
}

export async function writeOverlayUpdatesPg(db: PgQueryable, updates: readonly OverlayUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  await db.query(
    `UPDATE "OccupationEdit" e SET source = u.source::jsonb, "needsReview" = u.review, "updatedAt" = now()
     FROM unnest($1::text[], $2::text[], $3::boolean[]) AS u(code, source, review) WHERE e.code = u.code`,
    [updates.map((u) => u.code), updates.map((u) => JSON.stringify(u.source)), updates.map((u) => u.needsReview)],
  );
}

export async function bumpVersionsPg(db: PgQueryable, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  await db.query(`UPDATE "Occupation" SET version = version + 1 WHERE code = ANY($1::text[])`, [codes]);
}
