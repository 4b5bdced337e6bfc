/**
 * The statements of an editor's lexicon change (lib/lexicon/edit.ts plans it), written once with
 * "?" placeholders for both adapters (lib/store/sqlite/lexicon.ts, lib/store/pg/lexicon.ts; PostgreSQL
 * numbers them). Dates are a parameter: each dialect passes them as Prisma stores them.
 */
import { LEXICON_ENTITY_TYPE, lexiconEntityKey, type LexiconWrite, type PairState, type StoredLexiconRow } from "@/lib/lexicon/edit";

export const PAIR_ROWS_SQL = `SELECT position, term, origin, codes, source FROM "LexiconTerm" WHERE concept = ? AND lang = ?`;
export const CONCEPT_ROWS_SQL = `SELECT COUNT(*) AS n FROM "LexiconTerm" WHERE concept = ?`;
export const LAST_REVISION_SQL = `SELECT r.version, r."createdAt" AS at, u.name AS by FROM "Revision" r LEFT JOIN "User" u ON u.id = r."authorId"
  WHERE r."entityType" = '${LEXICON_ENTITY_TYPE}' AND r."entityKey" = ? ORDER BY r.version DESC LIMIT 1`;

export type LastRevisionRow = { version: number; at: Date | string; by: string | null };

/** The reads of a change, in this order: the pair's rows, its last revision, the concept's rows. */
export function stateQueries(concept: string, lang: string): [string, unknown[]][] {
  return [
    [PAIR_ROWS_SQL, [concept, lang]],
    [LAST_REVISION_SQL, [lexiconEntityKey(concept, lang)]],
    [CONCEPT_ROWS_SQL, [concept]],
  ];
}

export function stateOf(rows: StoredLexiconRow[], last: LastRevisionRow | undefined, conceptRows: number | string): PairState {
  return {
    rows: rows.map((r) => ({ ...r, position: Number(r.position) })),
    version: last ? Number(last.version) : 0,
    by: last?.by ?? null,
    at: last ? new Date(last.at) : null,
    conceptRows: Number(conceptRows),
  };
}

/** The writes of a planned change, in order; `now` is the dialect's timestamp parameter. */
export function writeStatements(concept: string, lang: string, write: LexiconWrite, actorId: string, ip: string | null, now: unknown): [string, unknown[]][] {
  return [
    [`DELETE FROM "LexiconTerm" WHERE concept = ? AND lang = ?`, [concept, lang]],
    ...write.rows.map((r): [string, unknown[]] => [
      `INSERT INTO "LexiconTerm" (concept, lang, position, term, origin, codes, source, "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [concept, lang, r.position, r.term, r.origin, r.codes, r.source, now],
    ]),
    [
      `INSERT INTO "Revision" ("entityType", "entityKey", version, data, message, "authorId", "createdAt") VALUES ('${LEXICON_ENTITY_TYPE}', ?, ?, ?, NULL, ?, ?)`,
      [lexiconEntityKey(concept, lang), write.version, JSON.stringify(write.revision), actorId, now],
    ],
    [
      `INSERT INTO "AuditLog" (action, entity, details, "userId", ip, "createdAt", count) VALUES (?, ?, ?, ?, ?, ?, 1)`,
      [write.audit.action, write.audit.entity, JSON.stringify(write.audit.details), actorId, ip, now],
    ],
  ];
}
