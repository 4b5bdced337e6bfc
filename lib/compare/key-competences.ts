import type { KeyCompetenceLevel } from "@/lib/validation/profile";
import type { KeyCompetenceComparison } from "@/lib/validation/compare";
import { normalizeItem } from "./normalize";

type Level = { name: string; level: KeyCompetenceLevel };

/**
 * Lines up the key-competence levels of 2–4 entries by competence name (normalised, so a
 * profile written "Wywieranie wpływu / przywództwo" meets "Wywieranie wpływu/przywództwo").
 * An entry without key competences (not a described profile) has hasData false and null levels;
 * a null level is unknown and stays null, never 0. Pure.
 */
export function alignKeyCompetences(perEntry: readonly (readonly Level[] | null)[]): KeyCompetenceComparison {
  const rows = new Map<string, { name: string; levels: KeyCompetenceLevel[] }>();
  for (const [entry, list] of perEntry.entries()) {
    for (const item of list ?? []) {
      const key = normalizeItem(item.name);
      let row = rows.get(key);
      if (!row) {
        row = { name: item.name, levels: perEntry.map(() => null) };
        rows.set(key, row);
      }
      // The first level an entry gives for a name wins; a repeat is a source error, not a second value.
      if (row.levels[entry] === null) row.levels[entry] = item.level;
    }
  }
  return { hasData: perEntry.map((list) => list !== null && list.length > 0), rows: [...rows.values()] };
}
