/**
 * The PostgreSQL twin of write-document.ts: the same rules (unchanged / updated with a revision /
 * imported; profiles merge by code; an editor's code on a position survives a re-import), inside
 * the caller's transaction (importFile opens it and takes the write lock). Child rows go in with
 * one unnest() statement per table, so a document costs a few round trips whatever its size.
 */
import type { PgQueryable } from "@/lib/db/pg";
import type { ParsedDocument } from "@/lib/validation/document";
import { ImportError } from "./errors";
import { documentKeyOf, sha256, type WriteInput, type WriteResult, type WriteStatus, type CodeSuggestion } from "./write-document";

export async function writeDocumentPg(db: PgQueryable, input: WriteInput): Promise<WriteResult> {
  const { parsed } = input;
  if (parsed.kind === "occupation-profile") {
    if (!parsed.code)
      throw new ImportError("corrupt", "the profile names no KZiS code (“Kod: 351402”), so it cannot be filed under an occupation", input.fileName);
    const known = await db.query(`SELECT level FROM "Occupation" WHERE code = $1`, [parsed.code]);
    if (known.rowCount === 0) throw new ImportError("corrupt", `the profile's code ${parsed.code} is not in the KZiS classification`, input.fileName);
  }
  const documentKey = documentKeyOf(parsed);
  const checksum = sha256(input.text);
  const now = new Date();

  const existing = (await db.query<{ id: number; checksum: string }>(`SELECT id, checksum FROM "SourceDocument" WHERE "documentKey" = $1`, [documentKey]))
    .rows[0];
  if (existing && existing.checksum === checksum) {
    return { status: "unchanged", documentId: existing.id, documentKey, occupationCodes: [], positionIds: [] };
  }
  const values = [
    input.fileName,
    checksum,
    parsed.kind,
    parsed.language,
    input.format,
    input.byteSize,
    JSON.stringify(parsed.warnings),
    JSON.stringify(parsed),
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
  const status: WriteStatus = existing ? "updated" : "imported";
  if (parsed.kind === "occupation-profile") {
    await writeProfile(db, parsed, documentId, now, input.fileName);
    return { status, documentId, documentKey, occupationCodes: [parsed.code as string], positionIds: [] };
  }
  const positionId = await writePosition(db, parsed, documentId, input.suggestedCodes, now);
  return { status, documentId, documentKey, occupationCodes: [], positionIds: [positionId] };
}

async function writeProfile(db: PgQueryable, parsed: ParsedDocument, documentId: number, now: Date, fileName: string) {
  const code = parsed.code as string;
  const hasTasks = parsed.part === "tasks" || parsed.part === "both";
  const hasDescription = parsed.part === "description" || parsed.part === "both";
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO "Profile" ("occupationCode", title, version, "createdAt", "updatedAt") VALUES ($1, $2, 1, $3, $3)
     ON CONFLICT ("occupationCode") DO UPDATE SET title = excluded.title, version = "Profile".version + 1, "updatedAt" = excluded."updatedAt"
     RETURNING id`,
    [code, parsed.title, now],
  );
  const profileId = rows[0]!.id;
  if (hasDescription) {
    await db.query(`UPDATE "Profile" SET synthesis = $1, "workDescription" = $2 WHERE id = $3`, [parsed.synthesis, parsed.workDescription, profileId]);
  }
  if (hasTasks) {
    // A new section-3 page replaces the tasks part whole; cascades remove items and competence links.
    for (const table of ["ProfileTask", "ProfileCompetence", "SocialCompetence", "KeyCompetence"])
      await db.query(`DELETE FROM "${table}" WHERE "profileId" = $1`, [profileId]);
    const tasks = await db.query<{ id: number; position: number }>(
      // Provenance: imported tasks and items are the document's (origin "document", its file name).
      `INSERT INTO "ProfileTask" ("profileId", position, code, title, origin, "originRef")
       SELECT $1, n, c, t, 'document', $4 FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS u(c, t, n) RETURNING id, position`,
      [profileId, parsed.tasks.map((t) => t.code), parsed.tasks.map((t) => t.title), fileName],
    );
    const idAt = new Map(tasks.rows.map((r) => [r.position, r.id]));
    // By code, the last task of a code wins, as on SQLite; items belong to their own task.
    const taskIds = new Map(parsed.tasks.map((t, i) => [t.code, idAt.get(i + 1)!]));
    const items = parsed.tasks.flatMap((task, i) => [
      ...task.knowledge.map((text, j) => ({ taskId: idAt.get(i + 1)!, kind: "knowledge", position: j + 1, text })),
      ...task.skills.map((text, j) => ({ taskId: idAt.get(i + 1)!, kind: "skill", position: j + 1, text })),
    ]);
    await db.query(
      `INSERT INTO "TaskItem" ("taskId", kind, position, text, origin, "originRef") SELECT u.*, 'document', $5 FROM unnest($1::int[], $2::text[], $3::int[], $4::text[]) AS u`,
      [items.map((i) => i.taskId), items.map((i) => i.kind), items.map((i) => i.position), items.map((i) => i.text), fileName],
    );
    const competences = await db.query<{ id: number; position: number }>(
      `INSERT INTO "ProfileCompetence" ("profileId", position, code, title)
       SELECT $1, n, c, t FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS u(c, t, n) RETURNING id, position`,
      [profileId, parsed.competences.map((c) => c.code), parsed.competences.map((c) => c.title)],
    );
    const competenceIds = new Map(competences.rows.map((r) => [r.position, r.id]));
    // A competence may name a task that a cut-off page lost; the parser warned about it.
    const links = parsed.competences.flatMap((c, i) =>
      c.taskCodes.filter((t) => taskIds.has(t)).map((t) => ({ competenceId: competenceIds.get(i + 1)!, taskId: taskIds.get(t)! })),
    );
    await db.query(`INSERT INTO "CompetenceTask" ("competenceId", "taskId") SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING`, [
      links.map((l) => l.competenceId),
      links.map((l) => l.taskId),
    ]);
    await db.query(`INSERT INTO "SocialCompetence" ("profileId", position, text) SELECT $1, n, t FROM unnest($2::text[]) WITH ORDINALITY AS u(t, n)`, [
      profileId,
      parsed.socialCompetences,
    ]);
    await db.query(
      `INSERT INTO "KeyCompetence" ("profileId", position, name, level) SELECT $1, n, k, l FROM unnest($2::text[], $3::int[]) WITH ORDINALITY AS u(k, l, n)
       ON CONFLICT DO NOTHING`,
      [profileId, parsed.keyCompetences.map((k) => k.name), parsed.keyCompetences.map((k) => k.level)],
    );
  }
  await db.query(
    `INSERT INTO "ProfileSource" ("profileId", "documentId", part) VALUES ($1, $2, $3) ON CONFLICT ("profileId", "documentId") DO UPDATE SET part = excluded.part`,
    [profileId, documentId, parsed.part],
  );
}

async function writePosition(db: PgQueryable, parsed: ParsedDocument, documentId: number, suggestions: CodeSuggestion[], now: Date): Promise<number> {
  const existing = (
    await db.query<{ id: number; occupationCode: string | null }>(`SELECT id, "occupationCode" FROM "Position" WHERE "documentId" = $1`, [documentId])
  ).rows[0];
  // A code given by the document is fact; one assigned by an editor survives a re-import.
  const occupationCode = parsed.code ?? existing?.occupationCode ?? null;
  const values = [parsed.kind, parsed.language, parsed.title, parsed.employer, parsed.summary, occupationCode, documentId, now];
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
  await db.query(
    `INSERT INTO "PositionSection" ("positionId", "order", heading, text, items) SELECT $1, n, h, t, i::jsonb FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(h, t, i, n)`,
    [positionId, parsed.sections.map((s) => s.heading), parsed.sections.map((s) => s.text), parsed.sections.map((s) => JSON.stringify(s.items))],
  );
  await db.query(`INSERT INTO "PositionDuty" ("positionId", "order", text) SELECT $1, n, t FROM unnest($2::text[]) WITH ORDINALITY AS u(t, n)`, [
    positionId,
    parsed.duties,
  ]);
  await db.query(
    `INSERT INTO "PositionRequirement" ("positionId", "order", label, value) SELECT $1, n, l, v FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS u(l, v, n)`,
    [positionId, parsed.requirements.map((r) => r.label), parsed.requirements.map((r) => r.value)],
  );
  await db.query(
    `INSERT INTO "CodeSuggestion" ("positionId", "occupationCode", rank, score) SELECT $1, c, n, s FROM unnest($2::text[], $3::float8[]) WITH ORDINALITY AS u(c, s, n)
     ON CONFLICT DO NOTHING`,
    [positionId, suggestions.map((s) => s.code), suggestions.map((s) => s.score)],
  );
  return positionId;
}
