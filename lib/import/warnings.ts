import type { ImportWarning } from "@/lib/validation/document";

/**
 * Every warning a parser gives, by code, with its English sentence. The code and its values reach
 * the admin UI, which says them in the reader's language (admin.importWarning.<code> in every
 * locale); the sentence is for the CLI, the JSON output and logs. A new warning is one line here
 * and one message per locale (lib/i18n/import-warnings.test.ts checks that each code has them).
 */
const SENTENCES = {
  // job descriptions
  noEmployer: () => "no employer found in the header (“Opis stanowiska pracy pracownika …”)",
  noSections: () => "no numbered sections (1 …, 2 …) found",
  noJobDuties: () => "no duties (“Zakres obowiązków”) found",
  noPositionTitle: () => "no position title (section “Stanowisko”) found",
  sectionMissing: (p: { section: number }) => `section ${p.section} is missing`,
  // occupation profiles
  noOccupationCode: () => "no occupation code (“Kod: 123456”) found",
  taskTwice: (p: { task: string }) => `${p.task} appears twice; the second block is ignored`,
  taskBlocksMissing: (p: { tasks: string; count: number }) =>
    `the overview lists ${p.tasks}, but the text has no task block for ${p.count === 1 ? "it" : "them"}`,
  taskTitleDiffers: (p: { task: string; title: string }) => `${p.task}: the title in the overview differs from the task block (“${p.title}”)`,
  competenceUnknownTasks: (p: { competence: string; tasks: string }) => `${p.competence} names tasks ${p.tasks} that the document does not hold`,
  noTasks: () => "no tasks (Z1, Z2, …) found",
  noCompetences: () => "no professional competences (Kz1, …) found",
  noSocialCompetences: () => "missing social competences (“jest gotów do:”)",
  noKeyCompetences: () => "missing key competences",
  keyCompetencesIncomplete: (p: { count: number; total: number; missing: string }) =>
    `key competences incomplete: ${p.count} of ${p.total} (missing: ${p.missing})`,
  keyCompetencesLeftover: (p: { text: string }) => `unrecognised text among the key competences: “${p.text}”`,
  noSynthesis: () => "section 2 has no synthesis (“Synteza”) nor a lead sentence",
  noWorkDescription: () => "section 2 has no work description (“Opis pracy”)",
  // a task's knowledge and skills
  missingKnowledgeAndSkills: (p: { task: string }) => `missing knowledge and skills for ${p.task}`,
  missingSkills: (p: { task: string }) => `missing skills for ${p.task}`,
  missingKnowledge: (p: { task: string }) => `missing knowledge for ${p.task}`,
  listCutOff: (p: { task: string }) => `${p.task}: the last item has no closing full stop; the list may be cut off`,
  itemCutMidWord: (p: { task: string; text: string }) => `${p.task}: the last item ends mid-word (“${p.text}”); it was left out`,
  splitSignalsDisagree: (p: { task: string; item: number }) =>
    `${p.task}: the knowledge/skill boundary is uncertain (the list's full stop and the infinitive verbs disagree); split after item ${p.item}`,
  splitNoFullStop: (p: { task: string; item: number }) =>
    `${p.task}: no full stop closes the knowledge list; split where the infinitive verbs start (after item ${p.item})`,
  splitFullStopWithoutVerb: (p: { task: string; stop: number; item: number }) =>
    `${p.task}: the full stop after item ${p.stop} is not followed by an infinitive verb; split where the infinitive verbs start (after item ${p.item})`,
  splitAllSkills: (p: { task: string }) => `${p.task}: every item starts with a verb, so all are read as skills and the knowledge list is empty`,
  splitAtFirstFullStop: (p: { task: string; item: number }) =>
    `${p.task}: the skill items do not start with infinitive verbs; split after the first full stop (item ${p.item})`,
  splitUndecided: (p: { task: string }) => `${p.task}: knowledge and skills could not be told apart; all items are read as knowledge`,
  // qualification requirements
  noTitle: () => "no title line before the requirements",
  unreadableRequirement: (p: { text: string }) => `unreadable requirement line: “${p.text}”`,
  noRequirements: () => "no requirements (“Талаптар:” / “Требования:”) found",
  dutiesOutOfSequence: (p: { expected: string; more: number }) =>
    `duty numbers out of sequence: expected ${p.expected}${p.more > 0 ? ` and ${p.more} more` : ""}`,
  noRequirementDuties: () => "no duties (“Лауазымдық міндеттері:” / “Должностные обязанности:”) found",
  // refusals (lib/import/errors.ts ImportError.details): what was looked for or found
  kindMarkersNotFound: (p: { profile: string; jobDescription: string; requirements: string }) =>
    `none of the headings of a known kind was found: occupation profile (${p.profile}), job description (${p.jobDescription}), qualification requirements or job regulation (${p.requirements})`,
  lettersReplaced: (p: { count: number; sample: string }) =>
    `${p.count} letters were replaced by “?” (e.g. “${p.sample}”): the file was saved in a code page without the Kazakh letters (ә ғ қ ң ө ұ ү һ і); save the original as UTF-8`,
  codePageUncertain: (p: { sample1251: string; sampleKoi8: string }) =>
    `Cyrillic text in a legacy code page that could not be told for certain: as Windows-1251 it reads “${p.sample1251}”, as KOI8-R “${p.sampleKoi8}”; save it as UTF-8`,
  // any document
  moreWarnings: (p: { count: number }) => `… and ${p.count} more warnings`,
} satisfies Record<string, (params: never) => string>;

export type ImportWarningCode = keyof typeof SENTENCES;

export const IMPORT_WARNING_CODES = Object.keys(SENTENCES) as ImportWarningCode[];

/** A warning with its code, its values and its English sentence: the one way parsers make one. */
export function warning<C extends ImportWarningCode>(code: C, ...params: Parameters<(typeof SENTENCES)[C]>): ImportWarning {
  const values = (params[0] ?? {}) as ImportWarning["params"];
  return { code, params: values, message: (SENTENCES[code] as (p: ImportWarning["params"]) => string)(values) };
}
