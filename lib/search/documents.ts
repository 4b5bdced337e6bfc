/**
 * Reads what the search index holds for each entry, straight from the domain tables (raw
 * better-sqlite3: the index builder must read ~100k rows in a fraction of a second). `filter`
 * limits the read to some occupation codes / position ids, for incremental re-indexing.
 */
import type Database from "better-sqlite3";
import { occupationEntryId, positionEntryId } from "./ids";
import { SOCIAL_LINE_MARK } from "./snippet";

export type EntryKind = "occupation" | "job-description" | "qualification-requirements";

/** A line of an indexed column, with its language (English lines get no Polish stems). */
export type IndexLine = { text: string; language: string };

export type TitleLine = IndexLine & {
  /** gus | esco | profile */
  source: string;
};

export type SearchDocument = {
  entryId: number;
  code: string | null;
  positionId: number | null;
  level: string | null;
  kind: EntryKind;
  language: string;
  hasProfile: boolean;
  isVocational: boolean;
  name: string;
  titles: TitleLine[];
  tasks: IndexLine[];
  description: IndexLine[];
};

export type DocumentFilter = { occupationCodes?: string[]; positionIds?: number[] };

/** `AND <column> IN (…)` over a JSON array parameter, or nothing when the whole table is read. */
function inList(column: string, values: readonly unknown[] | undefined): { sql: string; params: string[] } {
  return values ? { sql: ` AND ${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] } : { sql: "", params: [] };
}

function groupBy<T>(rows: T[], key: (row: T) => string | number): Map<string | number, T[]> {
  const map = new Map<string | number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** White space folded, so a text and the same text joined from lines compare equal. */
const squash = (text: string) => text.replace(/\s+/gu, " ").trim();

const pl = (text: string | null | undefined): IndexLine[] => (text && text.trim() ? [{ text: text.trim(), language: "pl" }] : []);

type OccupationRow = {
  code: string;
  level: string;
  name: string;
  description: string | null;
  synthesis: string | null;
  /** 0/1 on SQLite, a boolean on PostgreSQL. */
  isVocational: number | boolean;
  profileTitle: string | null;
  profileSummary: string | null;
  profileSynthesis: string | null;
  workDescription: string | null;
  profileId: number | null;
};

export function readOccupationDocuments(db: Database.Database, codes?: string[]): SearchDocument[] {
  const f = inList("occupationCode", codes);
  const occ = inList("o.code", codes);
  const rows = db
    .prepare(
      `SELECT o.code, o.level, o.name, o.description, o.synthesis, o.isVocational,
              p.id AS profileId, p.title AS profileTitle, p.summary AS profileSummary, p.synthesis AS profileSynthesis, p.workDescription
       FROM Occupation o LEFT JOIN Profile p ON p.occupationCode = o.code WHERE 1 = 1${occ.sql}`,
    )
    .all(...occ.params) as OccupationRow[];
  if (rows.length === 0) return [];

  const titles = db
    .prepare(`SELECT occupationCode, title, source, language FROM AltTitle WHERE 1 = 1${f.sql} ORDER BY occupationCode`)
    .all(...f.params) as OccupationParts["titles"];
  const groupTasks = db
    .prepare(`SELECT occupationCode, text FROM GroupTask WHERE 1 = 1${f.sql} ORDER BY occupationCode, position`)
    .all(...f.params) as CodeText[];
  const skillFilter = inList("os.occupationCode", codes);
  const skills = db
    .prepare(
      `SELECT os.occupationCode, s.label FROM OccupationEscoSkill os JOIN EscoSkill s ON s.id = os.skillId WHERE 1 = 1${skillFilter.sql} ORDER BY os.occupationCode, os.position`,
    )
    .all(...skillFilter.params) as OccupationParts["skills"];
  const profileFilter = inList("p.occupationCode", codes);
  // Task title, then its knowledge and skill items: the order the profile page shows them.
  const taskLines = db
    .prepare(
      `SELECT p.occupationCode, t.position AS taskPos, 0 AS itemPos, t.title AS text FROM ProfileTask t JOIN Profile p ON p.id = t.profileId WHERE 1 = 1${profileFilter.sql}
         UNION ALL
         SELECT p.occupationCode, t.position, CASE i.kind WHEN 'knowledge' THEN 0 ELSE 100000 END + i.position, i.text
         FROM TaskItem i JOIN ProfileTask t ON t.id = i.taskId JOIN Profile p ON p.id = t.profileId WHERE 1 = 1${profileFilter.sql}
         UNION ALL
         SELECT p.occupationCode, 1000000 + c.position, 0, c.title FROM ProfileCompetence c JOIN Profile p ON p.id = c.profileId WHERE 1 = 1${profileFilter.sql}
         ORDER BY 1, 2, 3`,
    )
    .all(...profileFilter.params, ...profileFilter.params, ...profileFilter.params) as CodeText[];
  const social = db
    .prepare(
      `SELECT p.occupationCode, s.text FROM SocialCompetence s JOIN Profile p ON p.id = s.profileId WHERE 1 = 1${profileFilter.sql} ORDER BY p.occupationCode, s.position`,
    )
    .all(...profileFilter.params) as CodeText[];
  const subsections = db
    .prepare(
      `SELECT p.occupationCode, s.heading || char(10) || s.text AS text FROM ProfileSubsection s JOIN Profile p ON p.id = s.profileId WHERE 1 = 1${profileFilter.sql} ORDER BY p.occupationCode, s.section, s.position`,
    )
    .all(...profileFilter.params) as CodeText[];
  return toOccupationDocuments({ rows, titles, groupTasks, skills, taskLines, social, subsections });
}

type CodeText = { occupationCode: string; text: string };

/** What the occupation documents are made of, each list in index order. */
export type OccupationParts = {
  rows: OccupationRow[];
  titles: { occupationCode: string; title: string; source: string; language: string }[];
  groupTasks: CodeText[];
  skills: { occupationCode: string; label: string }[];
  /** Task titles, their knowledge and skill items, competences: the order the profile page shows them. */
  taskLines: CodeText[];
  social: CodeText[];
  /** Sections 1, 2 and 4–7's subsections, heading and text, in the source's order. */
  subsections: CodeText[];
};

/** Pure: shared by the SQLite reader above and the PostgreSQL one (lib/search/pg/documents.ts). */
export function toOccupationDocuments(parts: OccupationParts): SearchDocument[] {
  const { rows } = parts;
  const titles = groupBy(parts.titles, (r) => r.occupationCode);
  const groupTasks = groupBy(parts.groupTasks, (r) => r.occupationCode);
  const skills = groupBy(parts.skills, (r) => r.occupationCode);
  const taskLines = groupBy(parts.taskLines, (r) => r.occupationCode);
  const social = groupBy(parts.social, (r) => r.occupationCode);
  const subsections = groupBy(parts.subsections, (r) => r.occupationCode);

  return rows.map((row): SearchDocument => {
    const sectionLines = (subsections.get(row.code) ?? []).flatMap((s) => pl(s.text));
    const sectionText = squash(sectionLines.map((l) => l.text).join("\n"));
    const inSections = (text: string | null) => text !== null && sectionText.includes(squash(text));
    const titleLines: TitleLine[] = [];
    if (row.profileTitle && row.profileTitle.trim() !== row.name) titleLines.push({ text: row.profileTitle.trim(), language: "pl", source: "profile" });
    for (const t of titles.get(row.code) ?? []) titleLines.push({ text: t.title, language: t.language, source: t.source });
    return {
      entryId: occupationEntryId(row.code),
      code: row.code,
      positionId: null,
      level: row.level,
      kind: "occupation",
      language: "pl",
      hasProfile: row.profileId !== null,
      isVocational: row.isVocational === 1 || row.isVocational === true,
      name: row.name,
      titles: titleLines,
      tasks: [
        ...(taskLines.get(row.code) ?? []).flatMap((t) => pl(t.text)),
        ...(groupTasks.get(row.code) ?? []).flatMap((t) => pl(t.text)),
        ...(skills.get(row.code) ?? []).flatMap((s) => pl(s.label)),
      ],
      description: [
        ...pl(row.profileSummary),
        // Sections 1, 2 and 4–7 in full: a word only in a subsection finds the profile.
        ...sectionLines,
        // The synthesis and work description as imported repeat the subsections' text: indexed only
        // when they say something else (an editor changed them), so no text counts twice.
        ...(row.profileSynthesis !== row.profileSummary && !inSections(row.profileSynthesis) ? pl(row.profileSynthesis) : []),
        ...(inSections(row.workDescription) ? [] : pl(row.workDescription)),
        ...pl(row.description),
        ...(row.synthesis !== row.description ? pl(row.synthesis) : []),
        ...(social.get(row.code) ?? []).flatMap((s) => pl(`${SOCIAL_LINE_MARK}${s.text}`)),
      ],
    };
  });
}

type PositionRow = {
  id: number;
  kind: string;
  language: string;
  title: string;
  employer: string | null;
  summary: string | null;
  occupationCode: string | null;
};

export function readPositionDocuments(db: Database.Database, ids?: number[]): SearchDocument[] {
  const byId = inList("id", ids);
  const rows = db
    .prepare(`SELECT id, kind, language, title, employer, summary, occupationCode FROM Position WHERE 1 = 1${byId.sql}`)
    .all(...byId.params) as PositionRow[];
  if (rows.length === 0) return [];
  const f = inList("positionId", ids);
  const duties = db
    .prepare(`SELECT positionId, text FROM PositionDuty WHERE 1 = 1${f.sql} ORDER BY positionId, "order"`)
    .all(...f.params) as PositionParts["duties"];
  const sections = db
    .prepare(`SELECT positionId, heading, text, items FROM PositionSection WHERE 1 = 1${f.sql} ORDER BY positionId, "order"`)
    .all(...f.params) as PositionParts["sections"];
  const requirements = db
    .prepare(`SELECT positionId, label, value FROM PositionRequirement WHERE 1 = 1${f.sql} ORDER BY positionId, "order"`)
    .all(...f.params) as PositionParts["requirements"];
  return toPositionDocuments({ rows, duties, sections, requirements });
}

export type PositionParts = {
  rows: PositionRow[];
  duties: { positionId: number; text: string }[];
  /** items: a JSON array of strings (text on SQLite, already parsed on PostgreSQL). */
  sections: { positionId: number; heading: string; text: string; items: string | unknown }[];
  requirements: { positionId: number; label: string; value: string }[];
};

/** Pure: shared by the SQLite reader above and the PostgreSQL one. */
export function toPositionDocuments(parts: PositionParts): SearchDocument[] {
  const { rows } = parts;
  const duties = groupBy(parts.duties, (r) => r.positionId);
  const sections = groupBy(parts.sections, (r) => r.positionId);
  const requirements = groupBy(parts.requirements, (r) => r.positionId);
  return rows.map((row): SearchDocument => {
    const line = (text: string | null | undefined): IndexLine[] => (text && text.trim() ? [{ text: text.trim(), language: row.language }] : []);
    const rowSections = sections.get(row.id) ?? [];
    return {
      entryId: positionEntryId(row.id),
      code: row.occupationCode,
      positionId: row.id,
      level: null,
      kind: row.kind === "qualification-requirements" ? "qualification-requirements" : "job-description",
      language: row.language,
      hasProfile: false,
      isVocational: false,
      name: row.title,
      titles: [],
      tasks: [...(duties.get(row.id) ?? []).flatMap((d) => line(d.text)), ...rowSections.flatMap((s) => parseItems(s.items).flatMap(line))],
      description: [
        ...line(row.summary),
        ...(requirements.get(row.id) ?? []).flatMap((r) => line(`${r.label}: ${r.value}`)),
        ...rowSections.flatMap((s) => line(s.text.trim() ? `${s.heading}: ${s.text}` : "")),
        ...line(row.employer),
      ],
    };
  });
}

/** PositionSection.items is a JSON array of strings; anything else is ignored, not fatal. */
function parseItems(json: string | unknown): string[] {
  try {
    const value: unknown = typeof json === "string" ? JSON.parse(json) : json;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}
