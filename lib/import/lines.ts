import { normalizeUnicode } from "./normalize";

/** Line-level helpers shared by the parsers: bullets, wrapped lines, hyphenation. */

/**
 * Bullet glyphs seen in extracted text: "•" from web pages, U+F0B7/U+F0A7 (Symbol/Wingdings
 * private-use glyphs) from Word and PDF, dashes and asterisks from plain text.
 */
const BULLET = /^\s*[•◦▪▫■□●○‣⁃∙·\uF0B7\uF0A7\uF076\uF0D8\uF0FC*–—-](?:\s+|$)/u;

export function toLines(text: string): string[] {
  return normalizeUnicode(text).split("\n");
}

export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, "").trim();
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === "";
}

/** A line ends in a word broken by hyphenation: "sta-", "„w sie-" (but not "–" or a lone "-"). */
export function endsWithHyphenatedWord(line: string): boolean {
  return /\p{L}-$/u.test(line.trimEnd());
}

/**
 * Join the pieces of one wrapped paragraph or list item. A piece ending in "letter-" followed by a
 * piece starting with a lower-case letter was one word broken by the layout: "sta-" + "cji" →
 * "stacji", "rozwój-pod-" + "noszenie" → "rozwój-podnoszenie" (only the break hyphen goes).
 * Before a capital the hyphen is the compound's own and stays ("Bielsko-" + "Biała").
 * Everything else is joined with one space.
 */
export function joinWrapped(pieces: readonly string[]): string {
  // Looks only at the previous piece and joins once at the end: testing and cutting the growing
  // result for each piece made a paragraph of many lines quadratic.
  const out: string[] = [];
  let previous = "";
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === "") continue;
    if (out.length > 0 && endsWithHyphenatedWord(previous) && /^\p{Ll}/u.test(piece)) {
      out[out.length - 1] = previous.slice(0, -1);
      out.push(piece);
    } else if (out.length > 0 && endsWithHyphenatedWord(previous) && /^\p{Lu}/u.test(piece)) {
      out.push(piece); // a compound broken at its own hyphen: "Bielsko-" + "Biała"
    } else {
      if (out.length > 0) out.push(" ");
      out.push(piece);
    }
    previous = piece;
  }
  return out.join("");
}
