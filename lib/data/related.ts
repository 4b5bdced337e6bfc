import "server-only";
import { db } from "@/lib/db";
import { createVersionedCache } from "@/lib/data/versioned-cache";
import { buildInWorker } from "@/lib/data/index-worker-client";
import { codeSuggestionBuffers, codeSuggestionBuilder, codeSuggestionIndexFrom, type CodeSuggestionData, type CodeSuggestionIndex } from "@/lib/similarity/code-suggestion";
import { occupationLevelSchema, type OccupationLevel } from "@/lib/validation/occupation";
import { positionKindSchema, type PositionKind } from "@/lib/validation/profile";
import type { RelatedEntries, SharedSkillsRelation, SimilarTextRelation } from "@/lib/validation/related";

/**
 * Entries related to one entry, each with its reason: siblings in the same group, entries that
 * share ESCO skills ("shares 12 of 30 skills"), and entries whose tasks, knowledge, skills and
 * description read alike (TF-IDF cosine, the importer's code-suggestion index over this corpus).
 * The text index is built once per data version, in the index worker (lib/data/index-worker.ts),
 * and kept in memory (lib/data/versioned-cache.ts):
 * a page then costs a few indexed queries and one sparse dot product over ~3.5k vectors (35k at
 * ×10). The index holds typed arrays and no text (ADR 0021: it was the server's largest index).
 */

const SIBLINGS_SHOWN = 12;
const SHARED_SKILLS_SHOWN = 8;
const SIMILAR_SHOWN = 8;
/** Below this cosine the texts share only common words. */
const MIN_SIMILARITY = 0.12;

/** What a related list shows of an entry: its text is in the index as a vector only, never kept as a string. */
type TextEntry = { id: string; name: string; language: string; level: OccupationLevel | null; positionKind: PositionKind | null };
type TextIndex = { index: CodeSuggestionIndex; entries: Map<string, TextEntry> };
/** What the worker sends: the index as data (its typed arrays moved, not copied) and the entries. */
type TextIndexData = { index: CodeSuggestionData; entries: Map<string, TextEntry> };

export async function getRelatedEntries(code: string): Promise<RelatedEntries | null> {
  const entry = await db.occupation.findUnique({ where: { code }, select: { code: true, level: true, parentCode: true, parent: { select: { code: true, name: true } } } });
  if (!entry) return null;
  const [children, skills, similarText] = await Promise.all([
    // All the parent's entries, the level checked here: with `level` in the WHERE, SQLite (no
    // ANALYZE statistics) walked the level index, 32,649 occupations at ×10, for the list and again
    // for its count: 24 ms each a profile render against 0.1 ms by the parent's index
    // (docs/decisions/0030-dynamic-render-cost.md). A group has at most a few hundred entries.
    db.occupation.findMany({
      where: { parentCode: entry.parentCode, code: { not: code } },
      select: { code: true, level: true, name: true, parentCode: true },
      orderBy: { code: "asc" },
    }),
    sharedSkills(code),
    similarEntries(code, occupationLevelSchema.parse(entry.level)),
  ]);
  const siblings = children.filter((s) => s.level === entry.level);
  return {
    code,
    siblings: {
      parent: entry.parent,
      total: siblings.length,
      items: siblings.slice(0, SIBLINGS_SHOWN).map((s) => ({ ...s, level: occupationLevelSchema.parse(s.level) })),
    },
    sharedSkills: skills.relations,
    ownSkillCount: skills.own,
    similarText,
  };
}

type SharedRow = { code: string; name: string; level: string; shared: number | bigint; other: number | bigint };

/** Occupations sharing ESCO skills with `code`, best Jaccard index first (one grouped query on the skill index). */
async function sharedSkills(code: string): Promise<{ own: number; relations: SharedSkillsRelation[] }> {
  const own = await db.occupationEscoSkill.count({ where: { occupationCode: code } });
  if (own === 0) return { own, relations: [] };
  // Quoted identifiers: the same SQL runs on SQLite and PostgreSQL. The pairs are counted per
  // occupation first and only then joined to their names: joining every shared skill's holder to
  // "Occupation" before grouping cost a look-up per pair (×10, 60 profiles, same rows: 7.9 → 5.2 ms
  // a page on SQLite; docs/decisions/0030-dynamic-render-cost.md).
  const rows = await db.$queryRaw<SharedRow[]>`
    SELECT g.code AS code, o.name AS name, o.level AS level, g.shared AS shared,
           (SELECT COUNT(*) FROM "OccupationEscoSkill" c WHERE c."occupationCode" = g.code) AS other
    FROM (SELECT b."occupationCode" AS code, COUNT(*) AS shared
          FROM "OccupationEscoSkill" a
          JOIN "OccupationEscoSkill" b ON b."skillId" = a."skillId" AND b."occupationCode" <> a."occupationCode"
          WHERE a."occupationCode" = ${code}
          GROUP BY b."occupationCode") g
    JOIN "Occupation" o ON o.code = g.code`;
  const relations = rows
    .map((r) => {
      const shared = Number(r.shared);
      const total = own + Number(r.other) - shared;
      return { code: r.code, name: r.name, level: occupationLevelSchema.parse(r.level), shared, total, jaccard: total > 0 ? shared / total : 0 };
    })
    .sort((a, b) => b.jaccard - a.jaccard || b.shared - a.shared || a.code.localeCompare(b.code))
    .slice(0, SHARED_SKILLS_SHOWN);
  return { own, relations };
}

async function similarEntries(code: string, level: OccupationLevel): Promise<SimilarTextRelation[]> {
  const { index, entries } = await getTextIndex();
  // Ask for more than shown: most of the corpus is of other levels, which are filtered out here.
  // An entry without text is not in the index and has no similar entries.
  return index
    .similar(code, 400, MIN_SIMILARITY)
    .filter((s) => s.code !== code)
    .map((s) => ({ s, e: entries.get(s.code) }))
    .filter((x): x is { s: (typeof x)["s"]; e: TextEntry } => x.e !== undefined && (x.e.level === level || x.e.level === null))
    .slice(0, SIMILAR_SHOWN)
    .map(({ s, e }) => ({
      id: e.id,
      kind: e.level === null ? "position" : "occupation",
      name: e.name,
      language: e.language,
      level: e.level,
      positionKind: e.positionKind,
      score: s.score,
    }));
}

/**
 * The TF-IDF index (×1: 0.8–0.9 s to build), rebuilt in the index worker when the data changes;
 * this thread only wraps the data it receives in the scoring functions.
 */
const getTextIndex = createVersionedCache("related-text", async (): Promise<TextIndex> => {
  const { index, entries } = await buildInWorker<TextIndexData>("related-text");
  return { index: codeSuggestionIndexFrom(index), entries };
});

/**
 * Occupations per batch of the build. The profile items (×10: 330k rows) are read a batch of
 * occupations at a time and each text goes into the index as soon as it is whole, so the build
 * never holds every row and text at once (ADR 0021).
 */
const BUILD_BATCH = 500;

/** The index worker's build of the text index (lib/data/index-worker.ts): the value to send and the buffers to move. */
export async function buildTextIndexData(): Promise<{ value: TextIndexData; transfer: ArrayBuffer[] }> {
  const [occupations, positions] = await Promise.all([
    db.occupation.findMany({
      select: { code: true, name: true, level: true, description: true, groupTasks: { select: { text: true } }, profile: { select: { id: true } } },
    }),
    db.position.findMany({
      select: {
        id: true,
        title: true,
        kind: true,
        language: true,
        summary: true,
        duties: { select: { text: true } },
        requirements: { select: { value: true } },
      },
    }),
  ]);
  const entries = new Map<string, TextEntry>();
  const builder = codeSuggestionBuilder();
  const add = (entry: TextEntry, text: string) => {
    entries.set(entry.id, entry);
    if (text.trim() !== "") builder.add(entry.id, text);
  };
  for (let i = 0; i < occupations.length; i += BUILD_BATCH) {
    const batch = occupations.slice(i, i + BUILD_BATCH);
    const extra = await profileTexts(batch.filter((o) => o.profile !== null).map((o) => o.code));
    for (const o of batch) {
      const text = [o.description ?? "", ...o.groupTasks.map((t) => t.text), ...new Set(extra.get(o.code) ?? [])].join("\n");
      add({ id: o.code, name: o.name, language: "pl", level: occupationLevelSchema.parse(o.level), positionKind: null }, text);
    }
  }
  for (const p of positions) {
    const id = `p${p.id}`;
    const text = [p.summary ?? "", ...p.duties.map((d) => d.text), ...p.requirements.map((r) => r.value)].join("\n");
    add({ id, name: p.title, language: p.language, level: null, positionKind: positionKindSchema.parse(p.kind) }, text);
  }
  const index = builder.buildData();
  return { value: { index, entries }, transfer: codeSuggestionBuffers(index) };
}

/** Per occupation of `codes`, its profile's task titles and items in the order they were stored (id order). */
async function profileTexts(codes: string[]): Promise<Map<string, string[]>> {
  const extra = new Map<string, string[]>();
  if (codes.length === 0) return extra;
  const items = await db.taskItem.findMany({
    where: { task: { profile: { occupationCode: { in: codes } } } },
    select: { text: true, task: { select: { title: true, profile: { select: { occupationCode: true } } } } },
    orderBy: { id: "asc" },
  });
  for (const item of items) {
    const list = extra.get(item.task.profile.occupationCode) ?? [];
    list.push(item.task.title, item.text);
    extra.set(item.task.profile.occupationCode, list);
  }
  return extra;
}
