/**
 * A database for the search tests: migrated, the real reference data loaded, plus the imported
 * documents the quality table needs, written as the importer writes them (minimal rows: a profile
 * with the tasks that matter, a Kazakh qualification-requirements position, a Polish job
 * description), then the full search index built.
 */
import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { rebuildSearchIndex } from "@/lib/search/index-builder";
import { ROOT, createReferenceDb } from "./test-db";

const NOW = "2026-11-22T18:00:00.000+00:00";

export function insertProfile(db: Database.Database, code: string, title: string, tasks: { title: string; knowledge?: string[]; skills?: string[] }[]): number {
  const { id } = db.prepare(`INSERT INTO Profile (occupationCode, title, updatedAt) VALUES (?, ?, ?) RETURNING id`).get(code, title, NOW) as { id: number };
  const insertTask = db.prepare(`INSERT INTO ProfileTask (profileId, position, code, title) VALUES (?, ?, ?, ?) RETURNING id`);
  const insertItem = db.prepare(`INSERT INTO TaskItem (taskId, kind, position, text) VALUES (?, ?, ?, ?)`);
  tasks.forEach((task, i) => {
    const { id: taskId } = insertTask.get(id, i + 1, `Z${i + 1}`, task.title) as { id: number };
    task.knowledge?.forEach((text, j) => insertItem.run(taskId, "knowledge", j + 1, text));
    task.skills?.forEach((text, j) => insertItem.run(taskId, "skill", j + 1, text));
  });
  return id;
}

export function insertPosition(
  db: Database.Database,
  position: {
    key: string;
    kind: "job-description" | "qualification-requirements";
    language: string;
    title: string;
    occupationCode: string | null;
    duties: string[];
  },
): number {
  const { id: documentId } = db
    .prepare(
      `INSERT INTO SourceDocument (documentKey, fileName, checksum, kind, language, format, byteSize, warnings, parsed, updatedAt)
       VALUES (?, ?, ?, ?, ?, 'txt', 0, '[]', '{}', ?) RETURNING id`,
    )
    .get(position.key, `${position.key}.txt`, position.key, position.kind, position.language, NOW) as { id: number };
  const { id } = db
    .prepare(`INSERT INTO Position (kind, language, title, occupationCode, documentId, updatedAt) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`)
    .get(position.kind, position.language, position.title, position.occupationCode, documentId, NOW) as { id: number };
  const insertDuty = db.prepare(`INSERT INTO PositionDuty (positionId, "order", text) VALUES (?, ?, ?)`);
  position.duties.forEach((text, i) => insertDuty.run(id, i + 1, text));
  return id;
}

/** The 19 numbered duties of seeds/documents/002_*.txt (Kazakh qualification requirements). */
export function kazakhDuties(): { title: string; duties: string[] } {
  const dir = path.join(ROOT, "seeds/documents");
  const file = fs.readdirSync(dir).find((f) => f.startsWith("002_"));
  if (!file) throw new Error("seeds/documents/002_*.txt is missing");
  const lines = fs
    .readFileSync(path.join(dir, file), "utf8")
    .split("\n")
    .map((l) => l.trim());
  return { title: lines[0]!, duties: lines.filter((l) => /^\d+\)/.test(l)).map((l) => l.replace(/^\d+\)\s*/, "")) };
}

export type SearchFixture = { db: Database.Database; kazakhPositionId: number; polishPositionId: number };

export type FixtureProfile = { code: string; title: string; tasks: { title: string; knowledge?: string[]; skills?: string[] }[] };
export type FixturePosition = Parameters<typeof insertPosition>[1];

/** The documents of the search fixture (shared with the PostgreSQL fixture, search-test-db-pg.ts). */
export const SEARCH_FIXTURE_PROFILES: FixtureProfile[] = [
  {
    code: "351402",
    title: "Administrator systemów poczty elektronicznej",
    tasks: [
      {
        title: "Instalowanie i konfigurowanie oprogramowania serwera poczty elektronicznej",
        knowledge: ["Typy protokołów komunikacyjnych wykorzystywanych w systemach poczty elektronicznej"],
      },
      {
        title: "Konfigurowanie i zarządzanie kontami użytkowników systemu poczty elektronicznej",
        skills: ["Tworzyć konto użytkownika poczty elektronicznej zgodnie z przyjętymi standardami"],
      },
    ],
  },
  {
    code: "243108",
    title: "Specjalista do spraw mediów interaktywnych",
    tasks: [{ title: "Przygotowywanie i prowadzenie kampanii marketingowej w mediach interaktywnych, w tym kampanii w obszarze marketingu szeptanego" }],
  },
];

export function searchFixturePositions(): { kazakh: FixturePosition; polish: FixturePosition } {
  const kk = kazakhDuties();
  return {
    kazakh: { key: "002-kk", kind: "qualification-requirements", language: "kk", title: kk.title, occupationCode: null, duties: kk.duties },
    polish: {
      key: "001-krobia",
      kind: "job-description",
      language: "pl",
      title: "Stanowisko ds. obsługi informatycznej Urzędu Miejskiego w Krobi",
      occupationCode: "351203",
      duties: [
        "Konfiguracja i nadzór serwerów w Urzędzie Miejskim w Krobi",
        "Archiwizacja baz danych",
        "Administracja i aktualizacja oficjalnej strony internetowej Gminy Krobia",
      ],
    },
  };
}

export function createSearchTestDb(file: string): SearchFixture {
  const { db } = createReferenceDb(file);
  for (const p of SEARCH_FIXTURE_PROFILES) insertProfile(db, p.code, p.title, p.tasks);
  const positions = searchFixturePositions();
  const kazakhPositionId = insertPosition(db, positions.kazakh);
  const polishPositionId = insertPosition(db, positions.polish);
  rebuildSearchIndex(db);
  return { db, kazakhPositionId, polishPositionId };
}
