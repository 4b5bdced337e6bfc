/**
 * Executes a document plan (lib/store/document-plan.ts) on PostgreSQL, inside the transaction the
 * document store opens. Child rows go in with one unnest() statement per table, so a document
 * costs a few round trips whatever its size.
 */
import type { PgQueryable } from "@/lib/db/pg";
import {
  occupationCodeFor,
  refuseIfPoorer,
  sectionsOnWrite,
  statusOf,
  unknownCodeError,
  writtenEntries,
  type DocumentPlan,
  type PositionPlan,
  type ProfilePlan,
  type WriteOptions,
  type WriteResult,
} from "../document-plan";

export async function writePlanPg(db: PgQueryable, plan: DocumentPlan, options: WriteOptions = {}): Promise<WriteResult> {
  if (plan.profile && (await db.query(`SELECT 1 FROM "Occupation" WHERE code = $1`, [plan.profile.code])).rowCount === 0) throw unknownCodeError(plan);
  const { documentKey, source } = plan;
  const now = new Date();
  const existing = (
    await db.query<{ id: number; checksum: string; parsed: unknown }>(`SELECT id, checksum, parsed FROM "SourceDocument" WHERE "documentKey" = $1`, [
      documentKey,
    ])
  ).rows[0];
  const status = statusOf(existing, plan);
  if (status === "unchanged") return { status, documentId: existing!.id, documentKey, occupationCodes: [], positionIds: [] };
  refuseIfPoorer(existing, plan, options);
  const values = [
    source.fileName,
    plan.checksum,
    source.kind,
    source.language,
    source.format,
    source.byteSize,
    source.warnings,
    source.parsed,
    now,
    documentKey,
  ];
  let documentId: number;
  if (existing) {
    // The previous version is kept as it was, copied on the server.
    await db.query(
      `INSERT INTO "DocumentRevision" ("documentId", checksum, "fileName", parsed, "importedAt", "replacedAt")
       SELECT id, checksum, "fileName", parsed, "importedAt", $2 FROM "SourceDocument" WHERE id = $1`,
      [existing.id, now],
    );
    await db.query(
      `UPDATE "SourceDocument" SET "fileName" = $1, checksum = $2, kind = $3, language = $4, format = $5, "byteSize" = $6,
         warnings = $7::jsonb, parsed = $8::jsonb, "importedAt" = $9, "updatedAt" = $9 WHERE "documentKey" = $10`,
      values,
    );
    documentId = existing.id;
  } else {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO "SourceDocument" ("fileName", checksum, kind, language, format, "byteSize", warnings, parsed, "importedAt", "updatedAt", "documentKey")
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $9, $10) RETURNING id`,
      values,
    );
    documentId = rows[0]!.id;
  }
  const positionId = plan.profile
    ? (await writeProfile(db, plan.profile, documentId, now, plan.originRef, sectionsOnWrite(existing, plan.profile)), null)
    : await writePosition(db, plan.position, documentId, now);
  return { status, documentId, documentKey, ...writtenEntries(plan, positionId) };
}

async function writeProfile(db: PgQueryable, profile: ProfilePlan, documentId: number, now: Date, originRef: string, replacedSections: number[]) {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO "Profile" ("occupationCode", title, version, "createdAt", "updatedAt") VALUES ($1, $2, 1, $3, $3)
     ON CONFLICT ("occupationCode") DO UPDATE SET title = excluded.title, version = "Profile".version + 1, "updatedAt" = excluded."updatedAt"
     RETURNING id`,
    [profile.code, profile.title, now],
  );
  const profileId = rows[0]!.id;
  if (profile.description) {
    const { summary, synthesis, workDescription } = profile.description;
    await db.query(`UPDATE "Profile" SET summary = $1, synthesis = $2, "workDescription" = $3 WHERE id = $4`, [summary, synthesis, workDescription, profileId]);
  }
  const subsections = profile.subsections.rows;
  await db.query(`DELETE FROM "ProfileSubsection" WHERE "profileId" = $1 AND section = ANY($2::int[])`, [profileId, replacedSections]);
  await db.query(
    `INSERT INTO "ProfileSubsection" ("profileId", position, section, level, heading, text)
     SELECT $1, n, s, l, h, t FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[]) AS u(n, s, l, h, t)`,
    [
      profileId,
      subsections.map((s) => s.position),
      subsections.map((s) => s.section),
      subsections.map((s) => s.level),
      subsections.map((s) => s.heading),
      subsections.map((s) => s.text),
    ],
  );
  if (profile.tasks) {
    const { tasks, competences, socialCompetences, keyCompetences, incompleteAt } = profile.tasks;
    await db.query(`UPDATE "Profile" SET "incompleteAt" = $1 WHERE id = $2`, [incompleteAt, profileId]);
    // Cascades remove items and competence links.
    for (const table of ["ProfileTask", "ProfileCompetence", "SocialCompetence", "KeyCompetence"])
      await db.query(`DELETE FROM "${table}" WHERE "profileId" = $1`, [profileId]);
    const inserted = await db.query<{ id: number; position: number }>(
      `INSERT INTO "ProfileTask" ("profileId", position, code, title, origin, "originRef")
       SELECT $1, n, c, t, 'document', $5 FROM unnest($2::int[], $3::text[], $4::text[]) AS u(n, c, t) RETURNING id, position`,
      [profileId, tasks.map((t) => t.position), tasks.map((t) => t.code), tasks.map((t) => t.title), originRef],
    );
    const taskIdAt = new Map(inserted.rows.map((r) => [r.position, r.id]));
    const items = tasks.flatMap((task) => task.items.map((item) => ({ taskId: taskIdAt.get(task.position)!, ...item })));
    await db.query(
      `INSERT INTO "TaskItem" ("taskId", kind, position, text, origin, "originRef") SELECT u.*, 'document', $5 FROM unnest($1::int[], $2::text[], $3::int[], $4::text[]) AS u`,
      [items.map((i) => i.taskId), items.map((i) => i.kind), items.map((i) => i.position), items.map((i) => i.text), originRef],
    );
    const insertedCompetences = await db.query<{ id: number; position: number }>(
      `INSERT INTO "ProfileCompetence" ("profileId", position, code, title)
       SELECT $1, n, c, t FROM unnest($2::int[], $3::text[], $4::text[]) AS u(n, c, t) RETURNING id, position`,
      [profileId, competences.map((c) => c.position), competences.map((c) => c.code), competences.map((c) => c.title)],
    );
    const competenceIdAt = new Map(insertedCompetences.rows.map((r) => [r.position, r.id]));
    const links = competences.flatMap((c) => c.taskPositions.map((t) => ({ competenceId: competenceIdAt.get(c.position)!, taskId: taskIdAt.get(t)! })));
    await db.query(`INSERT INTO "CompetenceTask" ("competenceId", "taskId") SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`, [
      links.map((l) => l.competenceId),
      links.map((l) => l.taskId),
    ]);
    await db.query(`INSERT INTO "SocialCompetence" ("profileId", position, text) SELECT $1, n, t FROM unnest($2::int[], $3::text[]) AS u(n, t)`, [
      profileId,
      socialCompetences.map((s) => s.position),
      socialCompetences.map((s) => s.text),
    ]);
    await db.query(
      `INSERT INTO "KeyCompetence" ("profileId", position, name, level) SELECT $1, n, k, l FROM unnest($2::int[], $3::text[], $4::int[]) AS u(n, k, l)
       ON CONFLICT DO NOTHING`,
      [profileId, keyCompetences.map((k) => k.position), keyCompetences.map((k) => k.name), keyCompetences.map((k) => k.level)],
    );
  }
  await db.query(
    `INSERT INTO "ProfileSource" ("profileId", "documentId", part) VALUES ($1, $2, $3) ON CONFLICT ("profileId", "documentId") DO UPDATE SET part = excluded.part`,
    [profileId, documentId, profile.part],
  );
}

async function writePosition(db: PgQueryable, position: PositionPlan, documentId: number, now: Date): Promise<number> {
  const existing = (
    await db.query<{ id: number; occupationCode: string | null }>(`SELECT id, "occupationCode" FROM "Position" WHERE "documentId" = $1`, [documentId])
  ).rows[0];
  const values = [
    position.kind,
    position.language,
    position.title,
    position.employer,
    position.summary,
    occupationCodeFor(position, existing?.occupationCode),
    documentId,
    now,
  ];
  let positionId: number;
  if (existing) {
    positionId = existing.id;
    await db.query(
      `UPDATE "Position" SET kind = $1, language = $2, title = $3, employer = $4, summary = $5, "occupationCode" = $6, version = version + 1, "updatedAt" = $8
       WHERE "documentId" = $7`,
      values,
    );
    for (const table of ["PositionSection", "PositionDuty", "PositionRequirement", "CodeSuggestion"])
      await db.query(`DELETE FROM "${table}" WHERE "positionId" = $1`, [positionId]);
  } else {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO "Position" (kind, language, title, employer, summary, "occupationCode", "documentId", version, "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $8) RETURNING id`,
      values,
    );
    positionId = rows[0]!.id;
  }
  const { sections, duties, requirements, suggestions } = position;
  await db.query(
    `INSERT INTO "PositionSection" ("positionId", "order", number, field, heading, text, items)
     SELECT $1, n, nr, f, h, t, i::jsonb FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(n, nr, f, h, t, i)`,
    [
      positionId,
      sections.map((s) => s.position),
      sections.map((s) => s.number),
      sections.map((s) => s.field),
      sections.map((s) => s.heading),
      sections.map((s) => s.text),
      sections.map((s) => s.items),
    ],
  );
  await db.query(`INSERT INTO "PositionDuty" ("positionId", "order", text) SELECT $1, n, t FROM unnest($2::int[], $3::text[]) AS u(n, t)`, [
    positionId,
    duties.map((d) => d.position),
    duties.map((d) => d.text),
  ]);
  await db.query(
    `INSERT INTO "PositionRequirement" ("positionId", "order", label, value) SELECT $1, n, l, v FROM unnest($2::int[], $3::text[], $4::text[]) AS u(n, l, v)`,
    [positionId, requirements.map((r) => r.position), requirements.map((r) => r.label), requirements.map((r) => r.value)],
  );
  await db.query(
    `INSERT INTO "CodeSuggestion" ("positionId", "occupationCode", rank, score) SELECT $1, c, n, s FROM unnest($2::int[], $3::text[], $4::float8[]) AS u(n, c, s)
     ON CONFLICT DO NOTHING`,
    [positionId, suggestions.map((s) => s.position), suggestions.map((s) => s.code), suggestions.map((s) => s.score)],
  );
  return positionId;
}
