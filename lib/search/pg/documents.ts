/**
 * The PostgreSQL twin of lib/search/documents.ts's readers: the same rows with quoted identifiers
 * and `= ANY($1)` instead of json_each, assembled by the same pure functions.
 */
import type { PgQueryable } from "@/lib/db/pg";
import { toOccupationDocuments, toPositionDocuments, type OccupationParts, type PositionParts, type SearchDocument } from "../documents";

/** `AND <column> = ANY($n)`, or nothing when the whole table is read. */
function inList(column: string, values: readonly unknown[] | undefined): { sql: string; params: unknown[] } {
  return values ? { sql: ` AND ${column} = ANY($1)`, params: [values] } : { sql: "", params: [] };
}

async function sequence<T extends readonly (() => Promise<unknown>)[]>(steps: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

export async function readOccupationDocumentsPg(db: PgQueryable, codes?: string[]): Promise<SearchDocument[]> {
  const occ = inList("o.code", codes);
  const { rows } = await db.query<OccupationParts["rows"][number]>(
    `SELECT o.code, o.level, o.name, o.description, o.synthesis, o."isVocational",
            p.id AS "profileId", p.title AS "profileTitle", p.summary AS "profileSummary", p.synthesis AS "profileSynthesis", p."workDescription"
     FROM "Occupation" o LEFT JOIN "Profile" p ON p."occupationCode" = o.code WHERE true${occ.sql}`,
    occ.params,
  );
  if (rows.length === 0) return [];
  const f = inList(`"occupationCode"`, codes);
  const sf = inList(`os."occupationCode"`, codes);
  const pf = inList(`p."occupationCode"`, codes);
  // One after another: inside a transaction `db` is one connection, which runs one query at a time.
  const [titles, groupTasks, skills, taskLines, social, subsections] = await sequence([
    () => db.query(`SELECT "occupationCode", title, source, language FROM "AltTitle" WHERE true${f.sql} ORDER BY "occupationCode", id`, f.params),
    () => db.query(`SELECT "occupationCode", text FROM "GroupTask" WHERE true${f.sql} ORDER BY "occupationCode", position`, f.params),
    () =>
      db.query(
        `SELECT os."occupationCode", s.label FROM "OccupationEscoSkill" os JOIN "EscoSkill" s ON s.id = os."skillId" WHERE true${sf.sql} ORDER BY os."occupationCode", os.position`,
        sf.params,
      ),
    () =>
      db.query(
        `SELECT p."occupationCode", t.position AS task_pos, 0 AS item_pos, t.title AS text FROM "ProfileTask" t JOIN "Profile" p ON p.id = t."profileId" WHERE true${pf.sql}
       UNION ALL
       SELECT p."occupationCode", t.position, CASE i.kind WHEN 'knowledge' THEN 0 ELSE 100000 END + i.position, i.text
       FROM "TaskItem" i JOIN "ProfileTask" t ON t.id = i."taskId" JOIN "Profile" p ON p.id = t."profileId" WHERE true${pf.sql}
       UNION ALL
       SELECT p."occupationCode", 1000000 + c.position, 0, c.title FROM "ProfileCompetence" c JOIN "Profile" p ON p.id = c."profileId" WHERE true${pf.sql}
       ORDER BY 1, 2, 3`,
        pf.params,
      ),
    () =>
      db.query(
        `SELECT p."occupationCode", s.text FROM "SocialCompetence" s JOIN "Profile" p ON p.id = s."profileId" WHERE true${pf.sql} ORDER BY p."occupationCode", s.position`,
        pf.params,
      ),
    () =>
      db.query(
        `SELECT p."occupationCode", s.heading || chr(10) || s.text AS text FROM "ProfileSubsection" s JOIN "Profile" p ON p.id = s."profileId" WHERE true${pf.sql} ORDER BY p."occupationCode", s.section, s.position`,
        pf.params,
      ),
  ] as const);
  return toOccupationDocuments({
    rows,
    titles: titles.rows,
    groupTasks: groupTasks.rows,
    skills: skills.rows,
    taskLines: taskLines.rows,
    social: social.rows,
    subsections: subsections.rows,
  });
}

export async function readPositionDocumentsPg(db: PgQueryable, ids?: number[]): Promise<SearchDocument[]> {
  const byId = inList("id", ids);
  const { rows } = await db.query<PositionParts["rows"][number]>(
    `SELECT id, kind, language, title, employer, summary, "occupationCode" FROM "Position" WHERE true${byId.sql}`,
    byId.params,
  );
  if (rows.length === 0) return [];
  const f = inList(`"positionId"`, ids);
  const [duties, sections, requirements] = await sequence([
    () => db.query(`SELECT "positionId", text FROM "PositionDuty" WHERE true${f.sql} ORDER BY "positionId", "order"`, f.params),
    () => db.query(`SELECT "positionId", heading, text, items FROM "PositionSection" WHERE true${f.sql} ORDER BY "positionId", "order"`, f.params),
    () => db.query(`SELECT "positionId", label, value FROM "PositionRequirement" WHERE true${f.sql} ORDER BY "positionId", "order"`, f.params),
  ] as const);
  return toPositionDocuments({ rows, duties: duties.rows, sections: sections.rows, requirements: requirements.rows });
}
