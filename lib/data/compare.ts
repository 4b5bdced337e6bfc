import "server-only";
import { buildComparison } from "@/lib/compare/build";
import type { CompareEntry } from "@/lib/compare/types";
import { db } from "@/lib/db";
import { getPositionById, getProfileByCode } from "@/lib/data/profiles";
import type { Comparison, CompareItem } from "@/lib/validation/compare";
import { occupationLevelSchema } from "@/lib/validation/occupation";
import type { PositionDetail, ProfileDetail } from "@/lib/validation/profile";

/**
 * Loads 2–4 entries of any kind (classification entry with or without a described profile,
 * job description, qualification requirements) into the one shape the comparison reads.
 */

/** KZiS data and the imported profiles are Polish. */
const CATALOGUE_LANG = "pl";

/** Headings of position sections whose items are requirements (education, experience, knowledge of law). */
const REQUIREMENT_HEADING = /wymaga|kwalifika|wykształc|wyksztalc|znajomo|uprawnie|doświadcz|talap|талап|білім|біліктілік|тәжірибе|requirement|qualification|education|experience/iu;

const item = (text: string, lang: string, ref: string | null = null, escoId: number | null = null): CompareItem => ({ text, lang, ref, escoId });

export async function loadCompareEntries(ids: readonly string[]): Promise<{ entries: CompareEntry[]; missing: string[] }> {
  const loaded = await Promise.all(ids.map((id) => (id.startsWith("p") ? loadPosition(id) : loadOccupation(id))));
  return {
    entries: loaded.filter((e): e is CompareEntry => e !== null),
    missing: ids.filter((_, i) => loaded[i] === null),
  };
}

/** The comparison of the given ids, or the ids that were not found. */
export async function getComparison(ids: readonly string[]): Promise<{ ok: true; comparison: Comparison } | { ok: false; missing: string[] }> {
  const { entries, missing } = await loadCompareEntries(ids);
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, comparison: buildComparison(entries) };
}

async function loadOccupation(code: string): Promise<CompareEntry | null> {
  const row = await db.occupation.findUnique({
    where: { code },
    select: {
      code: true,
      level: true,
      name: true,
      profile: { select: { id: true } },
      groupTasks: { select: { text: true }, orderBy: { position: "asc" } },
      escoSkills: { select: { skillId: true, skill: { select: { label: true } } }, orderBy: { position: "asc" } },
    },
  });
  if (!row) return null;
  const [profile, unitGroup] = await Promise.all([
    row.profile ? getProfileByCode(code) : Promise.resolve(null),
    // KZiS gives typical tasks only for groups: a 6-digit occupation without a profile borrows its unit group's.
    code.length === 6 && row.groupTasks.length === 0
      ? db.occupation.findUnique({
          where: { code: code.slice(0, 4) },
          select: { code: true, name: true, groupTasks: { select: { text: true }, orderBy: { position: "asc" } } },
        })
      : Promise.resolve(null),
  ]);
  const tasks = occupationTasks(profile, row.groupTasks, unitGroup);
  const hasTasks = profile !== null && profile.tasks.length > 0;
  return {
    summary: {
      id: code,
      kind: profile ? "profile" : "occupation",
      title: row.name,
      code,
      level: occupationLevelSchema.parse(row.level),
      positionKind: null,
      language: CATALOGUE_LANG,
      employer: null,
      occupation: null,
      taskSource: tasks.source,
      unitGroup: tasks.source === "unit-group" && unitGroup ? { code: unitGroup.code, name: unitGroup.name } : null,
    },
    sections: {
      tasks: tasks.items,
      knowledge: hasTasks ? profile.tasks.flatMap((t) => t.knowledge.map((k) => item(k, CATALOGUE_LANG, t.code))) : null,
      skills: hasTasks ? profile.tasks.flatMap((t) => t.skills.map((s) => item(s, CATALOGUE_LANG, t.code))) : null,
      social: profile && profile.socialCompetences.length > 0 ? profile.socialCompetences.map((s) => item(s, CATALOGUE_LANG)) : null,
      requirements: null,
      esco: row.escoSkills.length > 0 ? row.escoSkills.map((s) => item(s.skill.label, CATALOGUE_LANG, null, s.skillId)) : null,
    },
    keyCompetences: profile && profile.keyCompetences.length > 0 ? profile.keyCompetences : null,
  };
}

function occupationTasks(
  profile: ProfileDetail | null,
  own: { text: string }[],
  unitGroup: { groupTasks: { text: string }[] } | null,
): { source: CompareEntry["summary"]["taskSource"]; items: CompareItem[] | null } {
  if (profile && profile.tasks.length > 0) return { source: "profile", items: profile.tasks.map((t) => item(t.title, CATALOGUE_LANG, t.code)) };
  if (own.length > 0) return { source: "group", items: own.map((t) => item(t.text, CATALOGUE_LANG)) };
  if (unitGroup && unitGroup.groupTasks.length > 0) return { source: "unit-group", items: unitGroup.groupTasks.map((t) => item(t.text, CATALOGUE_LANG)) };
  return { source: null, items: null };
}

async function loadPosition(id: string): Promise<CompareEntry | null> {
  const n = Number(id.slice(1));
  if (!Number.isSafeInteger(n) || n > 2 ** 31 - 1) return null;
  const position = await getPositionById(n);
  if (!position) return null;
  const lang = position.language;
  const requirements = positionRequirements(position);
  return {
    summary: {
      id,
      kind: "position",
      title: position.title,
      code: null,
      level: null,
      positionKind: position.kind,
      language: lang,
      employer: position.employer,
      occupation: position.occupation,
      taskSource: position.duties.length > 0 ? "duties" : null,
      unitGroup: null,
    },
    sections: {
      tasks: position.duties.length > 0 ? position.duties.map((d) => item(d, lang)) : null,
      knowledge: null,
      skills: null,
      social: null,
      requirements: requirements.length > 0 ? requirements : null,
      esco: null,
    },
    keyCompetences: null,
  };
}

/** Labelled requirements ("Білімі: жоғары техникалық"), then the items of requirement-like sections. */
function positionRequirements(position: PositionDetail): CompareItem[] {
  const lang = position.language;
  return [
    ...position.requirements.map((r) => item(`${r.label}: ${r.value}`, lang, r.label)),
    ...position.sections.filter((s) => REQUIREMENT_HEADING.test(s.heading)).flatMap((s) => s.items.map((text) => item(text, lang, s.heading))),
  ];
}
