import { encodeSelectedSkill, type SelectedSkill, type SelectedSkillRef } from "@/lib/match/selected-skill";

/** The skills as a query (`s=e%3A12&s=t%3ASQL`), as /match, the page of one result and GET /api/v1/match read them. */
export function skillsQuery(skills: readonly (SelectedSkill | SelectedSkillRef)[]): string {
  const params = new URLSearchParams();
  for (const skill of skills) params.append("s", encodeSelectedSkill(skill));
  return params.toString();
}

/** The URL of /match for a list of skills (and a page): the whole state, so it can be shared. */
export function matchHref(skills: readonly (SelectedSkill | SelectedSkillRef)[], page = 1): string {
  const params = new URLSearchParams(skillsQuery(skills));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/match?${query}` : "/match";
}
