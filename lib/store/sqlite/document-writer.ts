/**
 * Executes a document plan (lib/store/document-plan.ts) on a raw better-sqlite3 connection, inside
 * the transaction the document store opens. Synchronous statements: ≥100 documents/s
 * (docs/decisions/0004).
 */
import type Database from "better-sqlite3";
import { toSqliteDate } from "@/lib/db/sqlite";
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

export function writePlanSqlite(db: Database.Database, plan: DocumentPlan, options: WriteOptions = {}): WriteResult {
  if (plan.profile && !db.prepare(`SELECT 1 FROM Occupation WHERE code = ?`).get(plan.profile.code)) throw unknownCodeError(plan);
  const { documentKey } = plan;
  const now = toSqliteDate();
  const existing = db.prepare(`SELECT id, checksum, fileName, parsed, importedAt FROM SourceDocument WHERE documentKey = ?`).get(documentKey) as
    { id: number; checksum: string; fileName: string; parsed: string; importedAt: string } | undefined;
  const status = statusOf(existing, plan);
  if (status === "unchanged") return { status, documentId: existing!.id, documentKey, occupationCodes: [], positionIds: [] };
  refuseIfPoorer(existing, plan, options);
  const fields = { ...plan.source, documentKey, checksum: plan.checksum, now };
  let documentId: number;
  if (existing) {
    // The previous version is kept as it was.
    db.prepare(`INSERT INTO DocumentRevision (documentId, checksum, fileName, parsed, importedAt, replacedAt) VALUES (?, ?, ?, ?, ?, ?)`).run(
      existing.id,
      existing.checksum,
      existing.fileName,
      existing.parsed,
      existing.importedAt,
      now,
    );
    db.prepare(
      `UPDATE SourceDocument SET fileName = @fileName, checksum = @checksum, kind = @kind, language = @language, format = @format,
         byteSize = @byteSize, warnings = @warnings, parsed = @parsed, importedAt = @now, updatedAt = @now WHERE documentKey = @documentKey`,
    ).run(fields);
    documentId = existing.id;
  } else {
    documentId = Number(
      db
        .prepare(
          `INSERT INTO SourceDocument (documentKey, fileName, checksum, kind, language, format, byteSize, warnings, parsed, importedAt, updatedAt)
           VALUES (@documentKey, @fileName, @checksum, @kind, @language, @format, @byteSize, @warnings, @parsed, @now, @now)`,
        )
        .run(fields).lastInsertRowid,
    );
  }
  const positionId = plan.profile
    ? (writeProfile(db, plan.profile, documentId, now, plan.originRef, sectionsOnWrite(existing, plan.profile)), null)
    : writePosition(db, plan.position, documentId, now);
  return { status, documentId, documentKey, ...writtenEntries(plan, positionId) };
}

function writeProfile(db: Database.Database, profile: ProfilePlan, documentId: number, now: string, originRef: string, replacedSections: number[]) {
  const existing = db.prepare(`SELECT id FROM Profile WHERE occupationCode = ?`).get(profile.code) as { id: number } | undefined;
  let profileId: number;
  if (existing) {
    profileId = existing.id;
    db.prepare(`UPDATE Profile SET title = ?, version = version + 1, updatedAt = ? WHERE id = ?`).run(profile.title, now, profileId);
  } else {
    profileId = Number(
      db.prepare(`INSERT INTO Profile (occupationCode, title, version, createdAt, updatedAt) VALUES (?, ?, 1, ?, ?)`).run(profile.code, profile.title, now, now)
        .lastInsertRowid,
    );
  }
  if (profile.description) {
    const { summary, synthesis, workDescription } = profile.description;
    db.prepare(`UPDATE Profile SET summary = ?, synthesis = ?, workDescription = ? WHERE id = ?`).run(summary, synthesis, workDescription, profileId);
  }
  const deleteSection = db.prepare(`DELETE FROM ProfileSubsection WHERE profileId = ? AND section = ?`);
  for (const section of replacedSections) deleteSection.run(profileId, section);
  const insertSubsection = db.prepare(`INSERT INTO ProfileSubsection (profileId, position, section, level, heading, text) VALUES (?, ?, ?, ?, ?, ?)`);
  for (const s of profile.subsections.rows) insertSubsection.run(profileId, s.position, s.section, s.level, s.heading, s.text);
  if (profile.tasks) {
    db.prepare(`UPDATE Profile SET incompleteAt = ? WHERE id = ?`).run(profile.tasks.incompleteAt, profileId);
    // Cascades remove items and competence links.
    for (const table of ["ProfileTask", "ProfileCompetence", "SocialCompetence", "KeyCompetence"]) {
      db.prepare(`DELETE FROM "${table}" WHERE profileId = ?`).run(profileId);
    }
    const insertTask = db.prepare(`INSERT INTO ProfileTask (profileId, position, code, title, origin, originRef) VALUES (?, ?, ?, ?, 'document', ?)`);
    const insertItem = db.prepare(`INSERT INTO TaskItem (taskId, kind, position, text, origin, originRef) VALUES (?, ?, ?, ?, 'document', ?)`);
    const taskIdAt = new Map<number, number>();
    for (const task of profile.tasks.tasks) {
      const taskId = Number(insertTask.run(profileId, task.position, task.code, task.title, originRef).lastInsertRowid);
      taskIdAt.set(task.position, taskId);
      for (const item of task.items) insertItem.run(taskId, item.kind, item.position, item.text, originRef);
    }
    const insertCompetence = db.prepare(`INSERT INTO ProfileCompetence (profileId, position, code, title) VALUES (?, ?, ?, ?)`);
    const linkTask = db.prepare(`INSERT OR IGNORE INTO CompetenceTask (competenceId, taskId) VALUES (?, ?)`);
    for (const competence of profile.tasks.competences) {
      const competenceId = Number(insertCompetence.run(profileId, competence.position, competence.code, competence.title).lastInsertRowid);
      for (const taskPosition of competence.taskPositions) linkTask.run(competenceId, taskIdAt.get(taskPosition));
    }
    const insertSocial = db.prepare(`INSERT INTO SocialCompetence (profileId, position, text) VALUES (?, ?, ?)`);
    for (const s of profile.tasks.socialCompetences) insertSocial.run(profileId, s.position, s.text);
    const insertKey = db.prepare(`INSERT OR IGNORE INTO KeyCompetence (profileId, position, name, level) VALUES (?, ?, ?, ?)`);
    for (const k of profile.tasks.keyCompetences) insertKey.run(profileId, k.position, k.name, k.level);
  }
  db.prepare(`INSERT OR REPLACE INTO ProfileSource (profileId, documentId, part) VALUES (?, ?, ?)`).run(profileId, documentId, profile.part);
}

function writePosition(db: Database.Database, position: PositionPlan, documentId: number, now: string): number {
  const existing = db.prepare(`SELECT id, occupationCode FROM Position WHERE documentId = ?`).get(documentId) as
    { id: number; occupationCode: string | null } | undefined;
  const row = {
    kind: position.kind,
    language: position.language,
    title: position.title,
    employer: position.employer,
    summary: position.summary,
    occupationCode: occupationCodeFor(position, existing?.occupationCode),
    documentId,
    now,
  };
  let positionId: number;
  if (existing) {
    positionId = existing.id;
    db.prepare(
      `UPDATE Position SET kind = @kind, language = @language, title = @title, employer = @employer, summary = @summary,
         occupationCode = @occupationCode, version = version + 1, updatedAt = @now WHERE documentId = @documentId`,
    ).run(row);
    for (const table of ["PositionSection", "PositionDuty", "PositionRequirement", "CodeSuggestion"]) {
      db.prepare(`DELETE FROM "${table}" WHERE positionId = ?`).run(positionId);
    }
  } else {
    positionId = Number(
      db
        .prepare(
          `INSERT INTO Position (kind, language, title, employer, summary, occupationCode, documentId, version, createdAt, updatedAt)
           VALUES (@kind, @language, @title, @employer, @summary, @occupationCode, @documentId, 1, @now, @now)`,
        )
        .run(row).lastInsertRowid,
    );
  }
  const insertSection = db.prepare(`INSERT INTO PositionSection (positionId, "order", number, field, heading, text, items) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const s of position.sections) insertSection.run(positionId, s.position, s.number, s.field, s.heading, s.text, s.items);
  const insertDuty = db.prepare(`INSERT INTO PositionDuty (positionId, "order", text) VALUES (?, ?, ?)`);
  for (const d of position.duties) insertDuty.run(positionId, d.position, d.text);
  const insertRequirement = db.prepare(`INSERT INTO PositionRequirement (positionId, "order", label, value) VALUES (?, ?, ?, ?)`);
  for (const r of position.requirements) insertRequirement.run(positionId, r.position, r.label, r.value);
  const insertSuggestion = db.prepare(`INSERT OR IGNORE INTO CodeSuggestion (positionId, occupationCode, rank, score) VALUES (?, ?, ?, ?)`);
  for (const s of position.suggestions) insertSuggestion.run(positionId, s.code, s.position, s.score);
  return positionId;
}
