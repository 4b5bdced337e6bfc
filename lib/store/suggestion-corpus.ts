/**
 * The text each KZiS occupation is known by, for ranking suggested codes of documents that give
 * none: its name, alternative titles, description, and its unit group's name and typical tasks.
 */
import type Database from "better-sqlite3";
import type { PgQueryable } from "@/lib/db/pg";
import type { CorpusEntry } from "@/lib/similarity/code-suggestion";

type CorpusRow = {
  code: string;
  name: string;
  description: string | null;
  unitName: string | null;
  unitDescription: string | null;
  titles: string | null;
  unitTasks: string | null;
};

export function readSuggestionCorpus(db: Database.Database): CorpusEntry[] {
  const rows = db
    .prepare(
      `SELECT o.code, o.name, o.description, u.name AS unitName, u.description AS unitDescription,
              (SELECT group_concat(title, ' ') FROM AltTitle a WHERE a.occupationCode = o.code AND a.language = 'pl') AS titles,
              (SELECT group_concat(text, ' ') FROM GroupTask g WHERE g.occupationCode = o.parentCode) AS unitTasks
         FROM Occupation o LEFT JOIN Occupation u ON u.code = o.parentCode
        WHERE o.level = 'occupation'`,
    )
    .all() as CorpusRow[];
  return rows.map(toCorpusEntry);
}

/** The same corpus on PostgreSQL (string_agg for group_concat; id order, as SQLite's rowid order). */
export async function readSuggestionCorpusPg(db: PgQueryable): Promise<CorpusEntry[]> {
  const { rows } = await db.query<CorpusRow>(
    `SELECT o.code, o.name, o.description, u.name AS "unitName", u.description AS "unitDescription",
            (SELECT string_agg(title, ' ' ORDER BY a.id) FROM "AltTitle" a WHERE a."occupationCode" = o.code AND a.language = 'pl') AS titles,
            (SELECT string_agg(text, ' ' ORDER BY g.id) FROM "GroupTask" g WHERE g."occupationCode" = o."parentCode") AS "unitTasks"
       FROM "Occupation" o LEFT JOIN "Occupation" u ON u.code = o."parentCode"
      WHERE o.level = 'occupation' ORDER BY o.code`,
  );
  return rows.map(toCorpusEntry);
}

function toCorpusEntry(r: CorpusRow): CorpusEntry {
  return {
    code: r.code,
    // The name counts twice: it is what the occupation is, the rest is context.
    text: [r.name, r.name, r.titles, r.description, r.unitName, r.unitDescription, r.unitTasks].filter(Boolean).join(" "),
  };
}
