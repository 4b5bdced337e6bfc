import "server-only";
import { db } from "@/lib/db";
import { isSameIscoGroup } from "@/lib/data/other-names";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OccupationDetail, OccupationLevel, OccupationListQuery, OccupationSummary } from "@/lib/validation/occupation";

const summarySelect = { code: true, level: true, name: true, parentCode: true } satisfies Prisma.OccupationSelect;

function toSummary(row: { code: string; level: string; name: string; parentCode: string | null }): OccupationSummary {
  return { code: row.code, level: row.level as OccupationLevel, name: row.name, parentCode: row.parentCode };
}

/** The ISCO-08 group a KZiS code maps to: KZiS follows ISCO-08 down to the 4-digit unit group. */
function iscoCodeFor(code: string): string {
  return code.length === 6 ? code.slice(0, 4) : code;
}

/** All ancestors of a code, from the major group down to the direct parent. */
function ancestorCodes(code: string): string[] {
  const lengths = [1, 2, 3, 4].filter((n) => n < code.length);
  return lengths.map((n) => code.slice(0, n));
}

export async function getOccupationByCode(code: string): Promise<OccupationDetail | null> {
  const row = await db.occupation.findUnique({
    where: { code },
    select: {
      ...summarySelect,
      description: true,
      synthesis: true,
      isVocational: true,
      profile: { select: { id: true } },
      children: { select: summarySelect, orderBy: { code: "asc" } },
      groupTasks: { select: { text: true }, orderBy: { position: "asc" } },
      altTitles: { select: { title: true, source: true, language: true, origin: true }, orderBy: [{ source: "asc" }, { language: "asc" }, { title: "asc" }] },
      escoLinks: {
        select: { esco: { select: { code: true, labelPl: true, labelEn: true, descriptionPl: true, descriptionEn: true, conceptUri: true } } },
        orderBy: { escoCode: "asc" },
      },
      escoSkills: { select: { skill: { select: { label: true } } }, orderBy: { position: "asc" } },
    },
  });
  if (!row) return null;
  // The ISCO-08 group of the same code, unless KZiS uses that code for another group (2262 dentists, ISCO 2262 pharmacists).
  const [parents, isco, sameIsco] = await Promise.all([
    db.occupation.findMany({ where: { code: { in: ancestorCodes(code) } }, select: summarySelect }),
    db.iscoGroup.findUnique({ where: { code: iscoCodeFor(code) }, select: { code: true, labelEn: true, labelPl: true } }),
    isSameIscoGroup(iscoCodeFor(code)),
  ]);
  return {
    ...toSummary(row),
    description: row.description,
    synthesis: row.synthesis,
    isVocational: row.isVocational,
    hasProfile: row.profile !== null,
    parents: parents.sort((a, b) => a.code.length - b.code.length).map(toSummary),
    children: row.children.map(toSummary),
    groupTasks: row.groupTasks.map((t) => t.text),
    altTitles: dedupeTitles(row.altTitles),
    esco: row.escoLinks.map((l) => l.esco),
    escoSkills: row.escoSkills.map((s) => s.skill.label),
    isco: sameIsco ? isco : null,
  };
}

/**
 * The typical tasks of the 4-digit unit group a 6-digit occupation belongs to: KZiS gives tasks
 * only for groups, so an occupation page shows its unit group's, labelled as such. Null for a group.
 */
export async function getUnitGroupTasks(code: string): Promise<{ code: string; name: string; tasks: string[] } | null> {
  if (code.length !== 6) return null;
  const row = await db.occupation.findUnique({
    where: { code: code.slice(0, 4) },
    select: { code: true, name: true, groupTasks: { select: { text: true }, orderBy: { position: "asc" } } },
  });
  return row ? { code: row.code, name: row.name, tasks: row.groupTasks.map((t) => t.text) } : null;
}

export async function listOccupations(query: OccupationListQuery) {
  const where: Prisma.OccupationWhereInput = {
    ...(query.prefix ? { code: { startsWith: query.prefix } } : {}),
    ...(query.level ? { level: query.level } : {}),
  };
  const [items, total] = await Promise.all([
    db.occupation.findMany({
      where,
      select: summarySelect,
      orderBy: { code: "asc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.occupation.count({ where }),
  ]);
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

export async function getMajorGroups(): Promise<OccupationSummary[]> {
  const rows = await db.occupation.findMany({ where: { level: "major" }, select: summarySelect, orderBy: { code: "asc" } });
  return rows.map(toSummary);
}

/**
 * Every entry of the classification (the home page's intro says how many). A plain COUNT(*): Prisma's
 * count() wraps it in a subquery with LIMIT/OFFSET that SQLite answers by visiting every row, 3.2 ms at
 * ×10 on each home page render against 0.02 ms (docs/decisions/0030-dynamic-render-cost.md). Quoted
 * identifier: the same SQL on SQLite and PostgreSQL; the count comes as a BigInt or a number.
 */
export async function countOccupations(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS n FROM "Occupation"`;
  return Number(row?.n ?? 0);
}

/**
 * One entry per title and language. A GUS title an editor kept in a profile (an "editor" row of
 * origin "gus") is the GUS title, not a second one.
 */
function dedupeTitles(rows: { title: string; source: string; language: string; origin: string | null }[]): { title: string; source: string; language: string }[] {
  const seen = new Set<string>();
  const out: { title: string; source: string; language: string }[] = [];
  for (const r of rows) {
    const key = `${r.language}\0${r.title.toLocaleLowerCase("pl")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ title: r.title, source: r.source === "editor" && r.origin === "gus" ? "gus" : r.source, language: r.language });
  }
  return out;
}
