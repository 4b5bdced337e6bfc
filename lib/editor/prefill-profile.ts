/**
 * The prefilled draft of a profile an editor starts for an occupation that has none: everything
 * the reference data says about the code, each text with its provenance, nothing invented.
 * Pure: the rows come from lib/data/start-profile.ts.
 */
import { KEY_COMPETENCES } from "@/lib/validation/document";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import type { Origin, SnapshotProvenance } from "@/lib/validation/provenance";

export type PrefillSkill = { label: string; /** The ESCO occupation's concept URI the skill came through, when known. */ escoUri: string | null };

export type PrefillSource = {
  code: string;
  name: string;
  /** The official KZiS description (null for the 504 "Opis w opracowaniu"). */
  description: string | null;
  /** The unit group (4 digits) and its typical tasks in source order. */
  unitGroup: { code: string; tasks: string[] } | null;
  /** ESCO skills attached to the code itself (esco-by-kzis). */
  ownSkills: PrefillSkill[];
  /** ESCO skills of the ESCO occupations linked to the code through the crosswalk. */
  linkedSkills: PrefillSkill[];
  gusTitles: string[];
};

/** The snapshot's limits (lib/validation/editor.ts) that prefilled text must respect. */
const MAX_TITLE = 500;
const MAX_CANDIDATES = 2_000;
const MAX_TITLES = 500;

const fold = (s: string) => s.trim().toLocaleLowerCase("pl");

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Group tasks are phrased lower-case inside a sentence ("instalowanie sprzętu"); a task title starts with a capital. */
function asTitle(text: string): string {
  const t = text.trim();
  return t.charAt(0).toLocaleUpperCase("pl") + t.slice(1);
}

/** The title of a new profile with nothing else: the base of a started profile's draft. */
export function emptyProfileSnapshot(name: string): ProfileSnapshot {
  return {
    title: name.slice(0, MAX_TITLE),
    synthesis: null,
    workDescription: null,
    tasks: [],
    competences: [],
    socialCompetences: [],
    keyCompetences: [],
    altTitles: [],
    provenance: { tasks: {}, items: {}, altTitles: {}, keyCompetences: {} },
  };
}

export function prefillProfile(source: PrefillSource): ProfileSnapshot {
  const provenance: SnapshotProvenance = { tasks: {}, items: {}, altTitles: {}, keyCompetences: {} };

  const groupTasks = uniqueBy(
    (source.unitGroup?.tasks ?? []).map(asTitle).filter((t) => t.length <= MAX_TITLE),
    fold,
  );
  const groupOrigin: Origin = { kind: "kzis-group-task", ref: source.unitGroup?.code ?? null };
  for (const title of groupTasks) provenance.tasks[title] = groupOrigin;

  // The code's own skills first, then those reached through the crosswalk; one entry per label.
  const skills = uniqueBy([...source.ownSkills, ...source.linkedSkills], (s) => fold(s.label)).slice(0, MAX_CANDIDATES);
  for (const s of skills) provenance.items[s.label.trim()] = { kind: "esco-skill", ref: s.escoUri };

  const titles = uniqueBy(
    source.gusTitles.map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= MAX_TITLE && fold(t) !== fold(source.name)),
    fold,
  ).slice(0, MAX_TITLES);
  for (const t of titles) provenance.altTitles[t] = { kind: "gus", ref: null };

  return {
    title: source.name.slice(0, MAX_TITLE),
    synthesis: source.description,
    workDescription: null,
    tasks: groupTasks.map((title, i) => ({ code: `Z${i + 1}`, title, knowledge: [], skills: [] })),
    competences: [],
    socialCompetences: [],
    // The nine key competences with their levels unknown (null) until an editor sets them: never 0 by default.
    keyCompetences: KEY_COMPETENCES.map((name) => ({ name, level: null })),
    altTitles: titles,
    provenance,
    candidates: skills.map((s) => s.label.trim()),
  };
}
