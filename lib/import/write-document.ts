/**
 * Writes one parsed document into the database, atomically and idempotently.
 * - The same content again (same checksum under the same document key) changes nothing: "unchanged".
 * - New content of a known document keeps the previous parsed version as a DocumentRevision: "updated".
 * - Profiles are filed under their KZiS code; a section-3 page (tasks) and a section-2 page
 *   (description) of the same code are two documents that merge into one Profile, in either order.
 * NOTE: raw better-sqlite3 (synchronous transactions, ≥100 documents/s); see docs/decisions/0004.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import type { ParsedDocument } from "@/lib/validation/document";
import { toSqliteDate } from "@/lib/db/sqlite";
import { ImportError } from "./errors";

export type CodeSuggestion = { code: string; score: number };

export type WriteInput = {
  fileName: string;
  format: string;
  byteSize: number;
  /** The extracted text: its checksum decides "unchanged". */
  text: string;
  parsed: ParsedDocument;
  suggestedCodes: CodeSuggestion[];
};

export type WriteStatus = "imported" | "updated" | "unchanged";
export type WriteResult = {
  status: WriteStatus;
  documentId: number;
  documentKey: string;
  /** What the search index must refresh. */
  occupationCodes: string[];
  positionIds: number[];
};

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/** Identifies "the same document" across versions of its content. */
export function documentKeyOf(parsed: ParsedDocument): string {
  if (parsed.kind === "occupation-profile") return `occupation-profile:${parsed.code}:${parsed.part}`;
  return `${parsed.kind}:${sha256([parsed.language, parsed.employer ?? "", parsed.title].join("\u0000")).slice(0, 32)}`;
}

/**
 * Runs inside the caller's transaction (importFile opens it BEGIN IMMEDIATE, so the search rows
 * are written in the same one); refuses to run outside one, where a failure could leave half a
 * document behind.
 */
export function writeDocument(db: Database.Database, input: WriteInput): WriteResult {
  if (!db.inTransaction) throw new Error("writeDocument must run inside a transaction");
  const { parsed } = input;
  if (parsed.kind === "occupation-profile") {
    if (!parsed.code)
      throw new ImportError("corrupt", "the profile names no KZiS code (“Kod: 351402”), so it cannot be filed under an occupation", input.fileName);
    const known = db.prepare(`SELECT level FROM Occupation WHERE code = ?`).get(parsed.code) as { level: string } | undefined;
    if (!known) throw new ImportError("corrupt", `the profile's code ${parsed.code} is not in the KZiS classification`, input.fileName);
  }
  const documentKey = documentKeyOf(parsed);
  const checksum = sha256(input.text);
  const now = toSqliteDate();

  const existing = db.prepare(`SELECT id, checksum, fileName, parsed, importedAt FROM SourceDocument WHERE documentKey = ?`).get(documentKey) as
    { id: number; checksum: string; fileName: string; parsed: string; importedAt: string } | undefined;
  if (existing && existing.checksum === checksum) {
    return { status: "unchanged", documentId: existing.id, documentKey, occupationCodes: [], positionIds: [] };
  }
  const fields = {
    documentKey,
    fileName: input.fileName,
    checksum,
    kind: parsed.kind,
    language: parsed.language,
    format: input.format,
    byteSize: input.byteSize,
    warnings: JSON.stringify(parsed.warnings),
    parsed: JSON.stringify(parsed),
    now,
  };
  let documentId: number;
  if (existing) {
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
  const status: WriteStatus = existing ? "updated" : "imported";
  if (parsed.kind === "occupation-profile") {
    writeProfile(db, parsed, documentId, now, input.fileName);
    return { status, documentId, documentKey, occupationCodes: [parsed.code as string], positionIds: [] };
  }
  const positionId = writePosition(db, parsed, documentId, input.suggestedCodes, now);
  return { status, documentId, documentKey, occupationCodes: [], positionIds: [positionId] };
}

function writeProfile(db: Database.Database, parsed: ParsedDocument, documentId: number, now: string, fileName: string) {
  const code = parsed.code as string;
  const hasTasks = parsed.part === "tasks" || parsed.part === "both";
  const hasDescription = parsed.part === "description" || parsed.part === "both";
  const existing = db.prepare(`SELECT id FROM Profile WHERE occupationCode = ?`).get(code) as { id: number } | undefined;
  let profileId: number;
  if (existing) {
    profileId = existing.id;
    db.prepare(`UPDATE Profile SET title = ?, version = version + 1, updatedAt = ? WHERE id = ?`).run(parsed.title, now, profileId);
  } else {
    profileId = Number(
      db.prepare(`INSERT INTO Profile (occupationCode, title, version, createdAt, updatedAt) VALUES (?, ?, 1, ?, ?)`).run(code, parsed.title, now, now)
        .lastInsertRowid,
    );
  }
  if (hasDescription) {
    db.prepare(`UPDATE Profile SET synthesis = ?, workDescription = ? WHERE id = ?`).run(parsed.synthesis, parsed.workDescription, profileId);
  }
  if (hasTasks) {
    // A new section-3 page replaces the tasks part whole; cascades remove items and competence links.
    for (const table of ["ProfileTask", "ProfileCompetence", "SocialCompetence", "KeyCompetence"]) {
      db.prepare(`DELETE FROM "${table}" WHERE profileId = ?`).run(profileId);
    }
    // Provenance: imported tasks and items are the document's (origin "document", its file name).
    const insertTask = db.prepare(`INSERT INTO ProfileTask (profileId, position, code, title, origin, originRef) VALUES (?, ?, ?, ?, 'document', ?)`);
    const insertItem = db.prepare(`INSERT INTO TaskItem (taskId, kind, position, text, origin, originRef) VALUES (?, ?, ?, ?, 'document', ?)`);
    const taskIds = new Map<string, number>();
    parsed.tasks.forEach((task, i) => {
      const taskId = Number(insertTask.run(profileId, i + 1, task.code, task.title, fileName).lastInsertRowid);
      taskIds.set(task.code, taskId);
      task.knowledge.forEach((text, j) => insertItem.run(taskId, "knowledge", j + 1, text, fileName));
      task.skills.forEach((text, j) => insertItem.run(taskId, "skill", j + 1, text, fileName));
    });
    const insertCompetence = db.prepare(`INSERT INTO ProfileCompetence (profileId, position, code, title) VALUES (?, ?, ?, ?)`);
    const linkTask = db.prepare(`INSERT OR IGNORE INTO CompetenceTask (competenceId, taskId) VALUES (?, ?)`);
    parsed.competences.forEach((competence, i) => {
      const competenceId = Number(insertCompetence.run(profileId, i + 1, competence.code, competence.title).lastInsertRowid);
      for (const taskCode of competence.taskCodes) {
        const taskId = taskIds.get(taskCode);
        // A competence may name a task that a cut-off page lost; the parser warned about it.
        if (taskId !== undefined) linkTask.run(competenceId, taskId);
      }
    });
    const insertSocial = db.prepare(`INSERT INTO SocialCompetence (profileId, position, text) VALUES (?, ?, ?)`);
    parsed.socialCompetences.forEach((text, i) => insertSocial.run(profileId, i + 1, text));
    const insertKey = db.prepare(`INSERT OR IGNORE INTO KeyCompetence (profileId, position, name, level) VALUES (?, ?, ?, ?)`);
    parsed.keyCompetences.forEach((k, i) => insertKey.run(profileId, i + 1, k.name, k.level));
  }
  db.prepare(`INSERT OR REPLACE INTO ProfileSource (profileId, documentId, part) VALUES (?, ?, ?)`).run(profileId, documentId, parsed.part);
}

function writePosition(db: Database.Database, parsed: ParsedDocument, documentId: number, suggestions: CodeSuggestion[], now: string): number {
  const existing = db.prepare(`SELECT id, occupationCode FROM Position WHERE documentId = ?`).get(documentId) as
    { id: number; occupationCode: string | null } | undefined;
  // A code given by the document is fact; one assigned by an editor survives a re-import.
  const occupationCode = parsed.code ?? existing?.occupationCode ?? null;
  const row = {
    kind: parsed.kind,
    language: parsed.language,
    title: parsed.title,
    employer: parsed.employer,
    summary: parsed.summary,
    occupationCode,
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
  const insertSection = db.prepare(`INSERT INTO PositionSection (positionId, "order", heading, text, items) VALUES (?, ?, ?, ?, ?)`);
  parsed.sections.forEach((s, i) => insertSection.run(positionId, i + 1, s.heading, s.text, JSON.stringify(s.items)));
  const insertDuty = db.prepare(`INSERT INTO PositionDuty (positionId, "order", text) VALUES (?, ?, ?)`);
  parsed.duties.forEach((text, i) => insertDuty.run(positionId, i + 1, text));
  const insertRequirement = db.prepare(`INSERT INTO PositionRequirement (positionId, "order", label, value) VALUES (?, ?, ?, ?)`);
  parsed.requirements.forEach((r, i) => insertRequirement.run(positionId, i + 1, r.label, r.value));
  const insertSuggestion = db.prepare(`INSERT OR IGNORE INTO CodeSuggestion (positionId, occupationCode, rank, score) VALUES (?, ?, ?, ?)`);
  suggestions.forEach((s, i) => insertSuggestion.run(positionId, s.code, i + 1, s.score));
  return positionId;
}
