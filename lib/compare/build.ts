import { COMPARE_SECTIONS, type Comparison } from "@/lib/validation/compare";
import { alignSection } from "./align";
import { alignKeyCompetences } from "./key-competences";
import type { CompareEntry } from "./types";

/** The whole comparison of loaded entries, section by section. Pure. */
export function buildComparison(entries: readonly CompareEntry[]): Comparison {
  return {
    entries: entries.map((e) => e.summary),
    sections: COMPARE_SECTIONS.map((id) =>
      alignSection(
        id,
        entries.map((e) => e.sections[id]),
      ),
    ),
    keyCompetences: alignKeyCompetences(entries.map((e) => e.keyCompetences)),
  };
}
