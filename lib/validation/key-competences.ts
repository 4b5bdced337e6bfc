/**
 * The nine key competences of an INFOdoradca+ profile, in the order of the PIAAC-based chart
 * exactly as the pages print them (names may contain "/").
 */
export const KEY_COMPETENCES = [
  "Umiejętność obsługi komputera i wykorzystania internetu",
  "Umiejętności matematyczne",
  "Umiejętność czytania ze zrozumieniem i pisania",
  "Sprawność motoryczna",
  "Planowanie i organizowanie pracy",
  "Wywieranie wpływu/przywództwo",
  "Komunikacja ustna",
  "Współpraca w zespole",
  "Rozwiązywanie problemów",
] as const;

/** Stable ids of the nine, in the same order: the keys of their names in each UI language (messages/<locale>/keyCompetence.json). */
export const KEY_COMPETENCE_IDS = ["computer", "maths", "reading", "motor", "planning", "leadership", "speaking", "teamwork", "problemSolving"] as const;

/** The id of one of the nine by its Polish name, or null for a name that is not one of them. */
export function keyCompetenceId(name: string): (typeof KEY_COMPETENCE_IDS)[number] | null {
  const i = (KEY_COMPETENCES as readonly string[]).indexOf(name.trim());
  return i === -1 ? null : KEY_COMPETENCE_IDS[i]!;
}
