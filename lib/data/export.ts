import "server-only";
import type { Origin } from "@/lib/validation/provenance";
import { db } from "@/lib/db";
import { getDataVersion } from "@/lib/data/data-version";
import { getOccupationByCode } from "@/lib/data/occupations";
import { getPositionById, getProfileByCode, listPositionsForOccupation } from "@/lib/data/profiles";
import type { CsvCell } from "@/lib/export/csv";
import { occupationLevelSchema } from "@/lib/validation/occupation";
import {
  CATALOGUE_EXPORT_FORMAT,
  EXPORT_VERSION,
  OCCUPATION_EXPORT_FORMAT,
  type CatalogueLine,
  type CatalogueOccupationLine,
  type OccupationExport,
} from "@/lib/validation/export";

/** Exports: one occupation with everything known about it, and the whole catalogue as JSON Lines. */

export async function getOccupationExport(code: string): Promise<OccupationExport | null> {
  const occupation = await getOccupationByCode(code);
  if (!occupation) return null;
  const [profile, positions] = await Promise.all([
    occupation.hasProfile ? getProfileByCode(code) : Promise.resolve(null),
    listPositionsForOccupation(code),
  ]);
  return { format: OCCUPATION_EXPORT_FORMAT, version: EXPORT_VERSION, occupation, profile, positions };
}

/** The one-occupation CSV rows (columns: OCCUPATION_CSV_COLUMNS), in page order. */
export function occupationCsvRows(data: OccupationExport): CsvCell[][] {
  const { occupation: o, profile: p } = data;
  const rows: CsvCell[][] = [];
  const add = (section: string, ref: string | null, position: number, text: string, language = "pl", level: number | null = null, levelStatus: string | null = null, origin?: Origin) =>
    rows.push([o.code, o.name, section, ref, position, text, level, levelStatus, language, origin?.kind ?? null, origin?.ref ?? null]);

  add("name", null, 1, o.name);
  if (o.description) add("description", null, 1, o.description);
  if (o.synthesis) add("synthesis", null, 1, o.synthesis);
  o.groupTasks.forEach((t, i) => add("group_task", null, i + 1, t));
  o.altTitles.forEach((a, i) => add(`alt_title_${a.source}`, null, i + 1, a.title, a.language));
  o.esco.forEach((e, i) => add("esco_occupation", e.code, i + 1, e.labelPl ?? e.labelEn ?? e.code, e.labelPl ? "pl" : "en"));
  o.escoSkills.forEach((s, i) => add("esco_skill", null, i + 1, s));
  if (p) {
    if (p.summary) add("profile_summary", null, 1, p.summary);
    // Sections 1, 2, 4–7 by the source's headings, in order: the heading in ref, its depth (0 the section's own heading, 1 a part,
    // 2 a heading inside one) in level; section 2's rows keep their name, another section's names its number ("profile_section_4").
    // Positions count from 1 within each section's rows.
    p.subsections.forEach((s, i) =>
      add(s.section === 2 ? "profile_subsection" : `profile_section_${s.section}`, s.heading, p.subsections.slice(0, i + 1).filter((o) => o.section === s.section).length, s.text, "pl", s.level, "heading_level"),
    );
    if (p.synthesis) add("profile_synthesis", null, 1, p.synthesis);
    if (p.workDescription) add("profile_work_description", null, 1, p.workDescription);
    if (p.incompleteAt) add("profile_source_incomplete_at", null, 1, p.incompleteAt);
    p.tasks.forEach((t, i) => {
      const origins = p.origins?.tasks[i];
      add("task", t.code, i + 1, t.title, "pl", null, null, origins?.task);
      t.knowledge.forEach((k, j) => add("knowledge", t.code, j + 1, k, "pl", null, null, origins?.knowledge[j]));
      t.skills.forEach((s, j) => add("skill", t.code, j + 1, s, "pl", null, null, origins?.skills[j]));
    });
    p.competences.forEach((c, i) => add("competence", c.code, i + 1, `${c.title} (${c.taskCodes.join(", ")})`));
    p.socialCompetences.forEach((s, i) => add("social_competence", null, i + 1, s));
    // An unknown level is an empty cell with level_status "unknown", never 0.
    p.keyCompetences.forEach((k, i) => add("key_competence", null, i + 1, k.name, "pl", k.level, k.level === null ? "unknown" : "known", k.level === null ? undefined : p.origins?.keyCompetences[i]));
  }
  [...data.positions.assigned, ...data.positions.suggested].forEach((pos, i) =>
    add(data.positions.assigned.includes(pos) ? "position_assigned" : "position_suggested", `p${pos.id}`, i + 1, pos.title, pos.language),
  );
  return rows;
}

const ATTRIBUTION = [
  "Klasyfikacja zawodów i specjalności (KZiS 2023), Ministerstwo Rodziny, Pracy i Polityki Społecznej.",
  "This service uses the ESCO classification of the European Commission.",
  "ISCO-08 titles and definitions © International Labour Organization.",
  "Dataset: M. Beręsewicz, R. Pater (2024), doi:10.18150/SX0E7G.",
];

/** Occupations per read: big enough to keep the query count low, small enough to start sending at once. */
const BATCH = 200;

/**
 * The whole catalogue, one JSON line per entry: the meta line first (sent before any heavy read,
 * so the first byte goes out at once), then every KZiS entry by code, then every position.
 * Pulled batch by batch, so memory stays flat whatever the size.
 */
export async function* catalogueLines(dataVersion?: string): AsyncGenerator<string> {
  const [version, occupations, positions] = await Promise.all([dataVersion ?? getDataVersion(), db.occupation.count(), db.position.count()]);
  const meta: CatalogueLine = {
    type: "meta",
    format: CATALOGUE_EXPORT_FORMAT,
    version: EXPORT_VERSION,
    dataVersion: version,
    counts: { occupations, positions },
    attribution: ATTRIBUTION,
  };
  yield JSON.stringify(meta) + "\n";

  let after = "";
  for (;;) {
    const batch = await occupationBatch(after);
    if (batch.length === 0) break;
    yield batch.map((line) => JSON.stringify(line) + "\n").join("");
    after = batch[batch.length - 1]!.code;
  }

  let afterId = 0;
  for (;;) {
    const ids = await db.position.findMany({ where: { id: { gt: afterId } }, select: { id: true }, orderBy: { id: "asc" }, take: BATCH });
    if (ids.length === 0) break;
    const details = await Promise.all(ids.map((p) => getPositionById(p.id)));
    yield details.flatMap((d) => (d ? [JSON.stringify({ type: "position", ...d }) + "\n"] : [])).join("");
    afterId = ids[ids.length - 1]!.id;
  }
}

async function occupationBatch(after: string): Promise<CatalogueOccupationLine[]> {
  const rows = await db.occupation.findMany({
    where: { code: { gt: after } },
    orderBy: { code: "asc" },
    take: BATCH,
    select: {
      code: true,
      level: true,
      name: true,
      parentCode: true,
      description: true,
      synthesis: true,
      isVocational: true,
      profile: { select: { id: true } },
      groupTasks: { select: { text: true }, orderBy: { position: "asc" } },
      altTitles: { select: { title: true, source: true, language: true }, orderBy: [{ source: "asc" }, { language: "asc" }, { title: "asc" }] },
      escoLinks: { select: { escoCode: true }, orderBy: { escoCode: "asc" } },
      escoSkills: { select: { skillId: true, skill: { select: { label: true } } }, orderBy: { position: "asc" } },
    },
  });
  // Few occupations have a profile: read those one by one through the profile reader.
  const profiles = await Promise.all(rows.map((r) => (r.profile ? getProfileByCode(r.code) : Promise.resolve(null))));
  return rows.map((r, i) => ({
    type: "occupation",
    code: r.code,
    level: occupationLevelSchema.parse(r.level),
    name: r.name,
    parentCode: r.parentCode,
    description: r.description,
    synthesis: r.synthesis,
    isVocational: r.isVocational,
    groupTasks: r.groupTasks.map((t) => t.text),
    altTitles: r.altTitles,
    esco: r.escoLinks.map((l) => l.escoCode),
    escoSkills: r.escoSkills.map((s) => ({ id: s.skillId, label: s.skill.label })),
    profile: profiles[i] ?? null,
  }));
}
