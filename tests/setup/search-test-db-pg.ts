/** The search fixture of search-test-db.ts, on PostgreSQL: the same documents, the same index build. */
import type pg from "pg";
import { createPgPool } from "@/lib/db/pg";
import { rebuildSearchIndexPg } from "@/lib/search/pg/index-builder";
import { createTestDatabase } from "./pg-test-db";
import { SEARCH_FIXTURE_PROFILES, searchFixturePositions, type FixturePosition, type FixtureProfile } from "./search-test-db";

export async function insertProfilePg(db: pg.Pool, profile: FixtureProfile): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`INSERT INTO "Profile" ("occupationCode", title, "updatedAt") VALUES ($1, $2, now()) RETURNING id`, [
    profile.code,
    profile.title,
  ]);
  const id = rows[0]!.id;
  for (const [i, task] of profile.tasks.entries()) {
    const t = await db.query<{ id: number }>(`INSERT INTO "ProfileTask" ("profileId", position, code, title) VALUES ($1, $2, $3, $4) RETURNING id`, [
      id,
      i + 1,
      `Z${i + 1}`,
      task.title,
    ]);
    const taskId = t.rows[0]!.id;
    for (const [j, text] of (task.knowledge ?? []).entries())
      await db.query(`INSERT INTO "TaskItem" ("taskId", kind, position, text) VALUES ($1, 'knowledge', $2, $3)`, [taskId, j + 1, text]);
    for (const [j, text] of (task.skills ?? []).entries())
      await db.query(`INSERT INTO "TaskItem" ("taskId", kind, position, text) VALUES ($1, 'skill', $2, $3)`, [taskId, j + 1, text]);
  }
  return id;
}

export async function insertPositionPg(db: pg.Pool, position: FixturePosition): Promise<number> {
  const doc = await db.query<{ id: number }>(
    `INSERT INTO "SourceDocument" ("documentKey", "fileName", checksum, kind, language, format, "byteSize", warnings, parsed, "updatedAt")
     VALUES ($1, $2, $3, $4, $5, 'txt', 0, '[]', '{}', now()) RETURNING id`,
    [position.key, `${position.key}.txt`, position.key, position.kind, position.language],
  );
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO "Position" (kind, language, title, "occupationCode", "documentId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
    [position.kind, position.language, position.title, position.occupationCode, doc.rows[0]!.id],
  );
  const id = rows[0]!.id;
  for (const [i, text] of position.duties.entries())
    await db.query(`INSERT INTO "PositionDuty" ("positionId", "order", text) VALUES ($1, $2, $3)`, [id, i + 1, text]);
  return id;
}

export type SearchFixturePg = { pool: pg.Pool; url: string; kazakhPositionId: number; polishPositionId: number };

export async function createSearchTestDbPg(name: string): Promise<SearchFixturePg> {
  const url = await createTestDatabase(name);
  const pool = createPgPool(url, { max: 4 });
  for (const p of SEARCH_FIXTURE_PROFILES) await insertProfilePg(pool, p);
  const positions = searchFixturePositions();
  const kazakhPositionId = await insertPositionPg(pool, positions.kazakh);
  const polishPositionId = await insertPositionPg(pool, positions.polish);
  await rebuildSearchIndexPg(pool);
  return { pool, url, kazakhPositionId, polishPositionId };
}
