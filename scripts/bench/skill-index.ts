/**
 * Build time and memory of the skill index (lib/skills/match.ts) and the match catalogue
 * (lib/match/coverage.ts) that /skills, /match and career transitions share, on a database file:
 * the same rows lib/data/skills.ts reads through Prisma, read here with better-sqlite3; memory as
 * the heap and typed-array bytes still held after a full GC (node --expose-gc, as `npm run bench`).
 */
import Database from "better-sqlite3";
import { heapBytesAfterGc, isGcAvailable } from "./heap";
import { buildMatchCatalogue } from "../../lib/match/coverage";
import { collectSkillItems, type SkillCorpusRows } from "../../lib/skills/corpus";
import { buildSkillIndex } from "../../lib/skills/match";

export type SkillIndexStats = {
  texts: number;
  occupations: number;
  requirements: number;
  readMs: number;
  buildMs: number;
  retainedMb: number;
  isGcMeasured: boolean;
};

function readRows(db: Database.Database): SkillCorpusRows {
  return {
    occupations: db
      .prepare(`SELECT code, name, description, parentCode FROM Occupation WHERE level = 'occupation' ORDER BY code`)
      .all() as SkillCorpusRows["occupations"],
    taskItems: db
      .prepare(
        `SELECT i.id, i.kind, i.text, t.code AS taskCode, p.occupationCode FROM TaskItem i JOIN ProfileTask t ON t.id = i.taskId JOIN Profile p ON p.id = t.profileId ORDER BY i.taskId, i.position`,
      )
      .all() as SkillCorpusRows["taskItems"],
    escoSkills: db
      .prepare(
        `SELECT x.skillId, s.label, x.occupationCode FROM OccupationEscoSkill x JOIN EscoSkill s ON s.id = x.skillId ORDER BY x.occupationCode, x.position`,
      )
      .all() as SkillCorpusRows["escoSkills"],
    groupTasks: db
      .prepare(
        `SELECT g.occupationCode AS groupCode, g.text FROM GroupTask g JOIN Occupation o ON o.code = g.occupationCode WHERE o.level = 'unit' ORDER BY g.occupationCode, g.position`,
      )
      .all() as SkillCorpusRows["groupTasks"],
    escoOccupations: db
      .prepare(
        `SELECT l.escoCode, e.labelPl AS label, e.descriptionPl AS description, l.occupationCode FROM EscoLink l JOIN EscoOccupation e ON e.code = l.escoCode ORDER BY l.occupationCode, l.escoCode`,
      )
      .all() as SkillCorpusRows["escoOccupations"],
  };
}

export function measureSkillIndex(file: string): SkillIndexStats {
  const db = new Database(file, { readonly: true });
  try {
    const before = heapBytesAfterGc();
    const t0 = performance.now();
    let rows: SkillCorpusRows | null = readRows(db);
    const profiles = new Set((db.prepare(`SELECT occupationCode FROM Profile`).all() as { occupationCode: string }[]).map((r) => r.occupationCode));
    const t1 = performance.now();
    const index = buildSkillIndex(collectSkillItems(rows));
    const catalogue = buildMatchCatalogue(index, profiles);
    const t2 = performance.now();
    rows = null;
    const retained = heapBytesAfterGc() - before;
    return {
      texts: index.items.length,
      occupations: catalogue.occupations.length,
      requirements: catalogue.requirements.length,
      readMs: t1 - t0,
      buildMs: t2 - t1,
      retainedMb: retained / 1e6,
      isGcMeasured: isGcAvailable,
    };
  } finally {
    db.close();
  }
}
