/**
 * Row ids of the search tables. They are computed, not autoincremented, so a re-index of one entry
 * writes the same ids a full rebuild would.
 */

const POSITION_BASE = 8_000_000;

/** A KZiS entry: length * 1e6 + numeric code, so "01" (2_000_001) and "1" (1_000_001) differ. */
export function occupationEntryId(code: string): number {
  return code.length * 1_000_000 + Number(code);
}

export function positionEntryId(positionId: number): number {
  if (!Number.isInteger(positionId) || positionId < 1 || positionId >= 2_000_000) throw new RangeError(`position id out of range: ${positionId}`);
  return POSITION_BASE + positionId;
}

/**
 * Suggestion tiers, best first. FTS5 returns matches in rowid order, so the tier, then the text
 * length (a shorter name is the more canonical one), are the static rank of a suggestion.
 */
export const SUGGEST_TIERS = {
  profileName: 1,
  occupationName: 2,
  groupName: 3,
  positionTitle: 4,
  gusTitle: 5,
  escoTitlePl: 6,
  escoTitleOther: 7,
} as const;
export type SuggestTier = (typeof SUGGEST_TIERS)[keyof typeof SUGGEST_TIERS];

/** Most suggestion rows per entry (the ordinal has 3 digits); the most titles of one code is ~100. */
export const MAX_SUGGEST_ROWS_PER_ENTRY = 1000;

/** tier (1 digit) · text length (3) · entry id (7) · ordinal within the entry (3): < 2^53. */
export function suggestRowId(tier: SuggestTier, textLength: number, entryId: number, ordinal: number): number {
  if (ordinal < 0 || ordinal >= MAX_SUGGEST_ROWS_PER_ENTRY) throw new RangeError(`suggestion ordinal out of range: ${ordinal}`);
  return tier * 1e13 + Math.min(textLength, 999) * 1e10 + entryId * 1e3 + ordinal;
}
