/**
 * Each compared entry gets a letter (A–D) and a colour: the letter is what the chart, the pair
 * figures and the column headers share, so nothing depends on telling colours apart.
 */
export const ENTRY_LETTERS = ["A", "B", "C", "D"] as const;

/** Blue, orange, green, purple: distinct for the common colour-vision deficiencies, dark enough for white text. */
export const ENTRY_COLORS = ["#1d4ed8", "#c2410c", "#15803d", "#7e22ce"] as const;

export function entryLetter(index: number): string {
  return ENTRY_LETTERS[index] ?? String(index + 1);
}

export function entryColor(index: number): string {
  return ENTRY_COLORS[index % ENTRY_COLORS.length] ?? "#334155";
}
