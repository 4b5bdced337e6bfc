import { encodeSelectedSkill, type SelectedSkill, type SelectedSkillRef } from "@/lib/match/selected-skill";

/** The URL of /match for a list of skills (and a page): the whole state, so it can be shared. */
export function matchHref(skills: readonly (SelectedSkill | SelectedSkillRef)[], page = 1): string {
  const params = new URLSearchParams();
  for (const skill of skills) params.append("s", encodeSelectedSkill(skill));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/match?${query}` : "/match";
}
