import type { KeyCompetenceLevel } from "@/lib/validation/profile";
import type { CompareEntrySummary, CompareItem, CompareSectionId } from "@/lib/validation/compare";

/**
 * One entry as the comparison reads it, whatever its kind: a summary for the column header,
 * its items per section (null = the entry has no data for that section), and key competences
 * (null unless a described profile gives them).
 */
export type CompareEntry = {
  summary: CompareEntrySummary;
  sections: Record<CompareSectionId, CompareItem[] | null>;
  keyCompetences: { name: string; level: KeyCompetenceLevel }[] | null;
};
