/**
 * What a client says they know or can do, as picked on /match: a profile knowledge/skill item, an
 * ESCO skill, or their own words. Pure and small, so the client folder can store the same value.
 * In the URL each is one `s` parameter: `p:<TaskItem id>`, `e:<EscoSkill id>` or `t:<text>`;
 * the label of an id is read again from the catalogue, so a shared link cannot inject a label.
 */
type SelectedSkillKind = "profile-item" | "esco" | "text";

export type SelectedSkill = { kind: SelectedSkillKind; id?: string; label: string };

/** A reference to a skill as the URL holds it (no label for ids). */
export type SelectedSkillRef = { kind: "profile-item" | "esco"; id: string } | { kind: "text"; label: string };

const MAX_SELECTED_SKILLS = 30;
export const MAX_SKILL_TEXT = 120;

const PREFIX: Record<SelectedSkillKind, string> = { "profile-item": "p", esco: "e", text: "t" };

export function encodeSelectedSkill(skill: SelectedSkill | SelectedSkillRef): string {
  if (skill.kind === "text") return `t:${skill.label}`;
  return `${PREFIX[skill.kind]}:${skill.id ?? ""}`;
}

/** One `s` value → a reference, or null for anything malformed (ignored rather than an error page). */
export function decodeSelectedSkill(value: string): SelectedSkillRef | null {
  const match = /^([pet]):([\s\S]*)$/.exec(value);
  if (!match) return null;
  const [, prefix, rest] = match as unknown as [string, string, string];
  if (prefix === "t") {
    const label = rest.replace(/\s+/g, " ").trim().slice(0, MAX_SKILL_TEXT);
    return label === "" ? null : { kind: "text", label };
  }
  if (!/^[1-9]\d{0,9}$/.test(rest)) return null;
  return { kind: prefix === "p" ? "profile-item" : "esco", id: rest };
}

/** The `s` values of a query, decoded, de-duplicated and capped. */
export function decodeSelectedSkills(values: readonly string[]): SelectedSkillRef[] {
  const seen = new Set<string>();
  const refs: SelectedSkillRef[] = [];
  for (const value of values) {
    const ref = decodeSelectedSkill(value);
    if (!ref) continue;
    const key = ref.kind === "text" ? `t:${ref.label.toLowerCase()}` : encodeSelectedSkill(ref);
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push(ref);
    if (refs.length >= MAX_SELECTED_SKILLS) break;
  }
  return refs;
}
