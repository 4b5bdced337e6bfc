import "server-only";
import { db } from "@/lib/db";
import { createVersionedCache } from "@/lib/data/versioned-cache";
import { buildSkillIndex, highlightRanges, searchSkills, type SkillIndex, type SkillItem } from "@/lib/skills/match";
import { occupationLevelSchema } from "@/lib/validation/occupation";
import type { SkillSearchResult } from "@/lib/validation/skills";

/** Matching items shown per occupation. */
const MATCHES_SHOWN = 5;

/** Every knowledge and skill item the catalogue knows: profile task items and ESCO skills, once each. */
async function buildIndex(): Promise<SkillIndex> {
  const [escoLinks, taskItems] = await Promise.all([
    db.occupationEscoSkill.findMany({ select: { occupationCode: true, skillId: true, skill: { select: { label: true } } }, orderBy: [{ skillId: "asc" }, { occupationCode: "asc" }] }),
    db.taskItem.findMany({
      select: { kind: true, text: true, task: { select: { code: true, profile: { select: { occupationCode: true } } } } },
      orderBy: [{ taskId: "asc" }, { position: "asc" }],
    }),
  ]);
  const esco = new Map<number, { label: string; codes: string[] }>();
  for (const link of escoLinks) {
    const entry = esco.get(link.skillId) ?? { label: link.skill.label, codes: [] };
    entry.codes.push(link.occupationCode);
    esco.set(link.skillId, entry);
  }
  const items: SkillItem[] = [
    ...taskItems.map((t) => ({
      kind: t.kind === "knowledge" ? ("knowledge" as const) : ("skill" as const),
      text: t.text,
      lang: "pl",
      ref: t.task.code,
      occupations: [t.task.profile.occupationCode],
    })),
    ...[...esco.values()].map((e) => ({ kind: "esco" as const, text: e.label, lang: "pl", ref: null, occupations: e.codes })),
  ];
  return buildSkillIndex(items);
}

const getSkillIndex = createVersionedCache("skill-search", buildIndex);

/** Occupations that need a knowledge or skill phrase, best first, with their matching items. */
export async function findOccupationsBySkill(query: string, limit: number): Promise<SkillSearchResult> {
  const index = await getSkillIndex();
  const { terms, items, occupations } = searchSkills(index, query);
  const top = occupations.slice(0, limit);
  const rows = await db.occupation.findMany({
    where: { code: { in: top.map((o) => o.code) } },
    select: { code: true, name: true, level: true, profile: { select: { id: true } } },
  });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return {
    query,
    totalOccupations: occupations.length,
    totalItems: items.length,
    occupations: top.flatMap((o) => {
      const row = byCode.get(o.code);
      if (!row) return [];
      return [
        {
          code: o.code,
          name: row.name,
          level: occupationLevelSchema.parse(row.level),
          hasProfile: row.profile !== null,
          score: Math.round(o.score * 1000) / 1000,
          matchCount: o.matches.length,
          matches: o.matches.slice(0, MATCHES_SHOWN).map((m) => {
            const { item } = index.items[m.index]!;
            return { kind: item.kind, text: item.text, lang: item.lang, ref: item.ref, highlights: highlightRanges(item.text, terms) };
          }),
        },
      ];
    }),
  };
}
