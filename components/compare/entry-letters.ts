/**
 * Each compared entry gets a letter (A–D) and a colour: the letter is what the chart, the pair
 * figures and the column headers share, so nothing depends on telling colours apart.
 */
const ENTRY_LETTERS = ["A", "B", "C", "D"] as const;

/** Blue, orange, green, purple: distinct for the common colour-vision deficiencies, dark enough for white text. */
const ENTRY_COLORS = ["#1d4ed8", "#c2410c", "#15803d", "#7e22ce"] as const;

/**
 * The same colours as classes: the strict CSP allows no inline style attributes (style-src 'self',
 * docs/decisions/0015-security-headers.md). Spelled out so that Tailwind finds them.
 */
const ENTRY_BG_CLASSES = ["bg-[#1d4ed8]", "bg-[#c2410c]", "bg-[#15803d]", "bg-[#7e22ce]"] as const;
const ENTRY_BORDER_B_CLASSES = ["border-b-[#1d4ed8]", "border-b-[#c2410c]", "border-b-[#15803d]", "border-b-[#7e22ce]"] as const;

export function entryBgClass(index: number): string {
  return ENTRY_BG_CLASSES[index % ENTRY_BG_CLASSES.length]!;
}

export function entryBorderBottomClass(index: number): string {
  return ENTRY_BORDER_B_CLASSES[index % ENTRY_BORDER_B_CLASSES.length]!;
}

export function entryLetter(index: number): string {
  return ENTRY_LETTERS[index] ?? String(index + 1);
}

export function entryColor(index: number): string {
  return ENTRY_COLORS[index % ENTRY_COLORS.length] ?? "#334155";
}
