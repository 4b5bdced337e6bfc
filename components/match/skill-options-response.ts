import type { SkillOption } from "@/lib/validation/match";

/** A light shape check of /api/v1/skills/options answers on the client (zod stays on the server, as for suggestions). */
export function readSkillOptions(body: unknown): SkillOption[] | null {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { options?: unknown }).options)) return null;
  const options = (body as { options: unknown[] }).options;
  const isOption = (x: unknown): x is SkillOption =>
    typeof x === "object" &&
    x !== null &&
    ((x as SkillOption).kind === "esco" || (x as SkillOption).kind === "profile-item") &&
    typeof (x as SkillOption).id === "string" &&
    typeof (x as SkillOption).label === "string" &&
    typeof (x as SkillOption).occupations === "number";
  return options.every(isOption) ? options : null;
}
