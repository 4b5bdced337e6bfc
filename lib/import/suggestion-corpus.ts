/**
 * The text each KZiS occupation is known by, for ranking suggested codes of documents that give
 * none: its name, alternative titles, description, and its unit group's name and typical tasks.
 */
import type Database from "better-sqlite3";
import type { CorpusEntry } from "./suggest";

export function readSuggestionCorpus(db: Database.Database): CorpusEntry[] {
  const rows = db
    .prepare(
      `SELECT o.code, o.name, o.description, u.name AS unitName, u.description AS unitDescription,
              (SELECT group_concat(title, ' ') FROM AltTitle a WHERE a.occupationCode = o.code AND a.language = 'pl') AS titles,
              (SELECT group_concat(text, ' ') FROM GroupTask g WHERE g.occupationCode = o.parentCode) AS unitTasks
         FROM Occupation o LEFT JOIN Occupation u ON u.code = o.parentCode
        WHERE o.level = 'occupation'`,
    )
    .all() as { code: string; name: string; description: string | null; unitName: string | null; unitDescription: string | null; titles: string | null; unitTasks: string | null }[];
  return rows.map((r) => ({
    code: r.code,
    // The name counts twice: it is what the occupation is, the rest is context.
    text: [r.name, r.name, r.titles, r.description, r.unitName, r.unitDescription, r.unitTasks].filter(Boolean).join(" "),
  }));
}
