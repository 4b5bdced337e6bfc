import type { RequirementGroup, RequirementView } from "@/lib/validation/match";

const KINDS: ReadonlySet<unknown> = new Set(["knowledge", "skill", "esco"]);

function isItem(x: unknown): x is RequirementView {
  if (typeof x !== "object" || x === null) return false;
  const item = x as RequirementView;
  return KINDS.has(item.kind) && typeof item.text === "string" && typeof item.lang === "string";
}

function isGroup(x: unknown): x is RequirementGroup {
  if (typeof x !== "object" || x === null) return false;
  const g = x as RequirementGroup;
  return (
    (g.ref === null || typeof g.ref === "string") &&
    (g.title === null || typeof g.title === "string") &&
    Array.isArray(g.covered) &&
    g.covered.every(isItem) &&
    Array.isArray(g.missing) &&
    g.missing.every(isItem)
  );
}

/**
 * The covered and missing items of the one occupation a disclosure asked for: GET /api/v1/match?code=…
 * answers it in `occupations`, GET /api/v1/occupations/{code}/transitions?to=… in `items`. A light
 * shape check on the client (zod stays on the server, as for skill options); null when the answer
 * holds no such occupation.
 */
export function readRequirementGroups(body: unknown): RequirementGroup[] | null {
  if (typeof body !== "object" || body === null) return null;
  const answer = body as { occupations?: unknown; items?: unknown };
  const list = answer.occupations ?? answer.items;
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  const groups = typeof first === "object" && first !== null ? (first as { groups?: unknown }).groups : undefined;
  return Array.isArray(groups) && groups.every(isGroup) ? groups : null;
}
