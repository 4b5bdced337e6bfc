import { KEY_COMPETENCES, type ParsedKeyCompetence } from "@/lib/validation/document";
import { foldText } from "@/lib/text";
import { collapseWhitespace } from "./normalize";

/**
 * The key-competence chart of an INFOdoradca+ profile. The chart was an image: its text keeps the
 * axis "5 4 3 2 1 0" and the nine names on one line, never the levels. Names are matched against
 * KEY_COMPETENCES (longest first, so "Umiejętności matematyczne" does not stop at "Umiejętność").
 * A level is read only when the text carries no axis and a digit 0–5 follows a name
 * ("Komunikacja ustna: 4"), which a hand-made document may do. Unknown levels are normal: null.
 */
export function readKeyCompetences(region: string): { keyCompetences: ParsedKeyCompetence[]; leftover: string } {
  let text = collapseWhitespace(region);
  const hasAxis = /^5 4 3 2 1 0(?!\d)/u.test(text);
  if (hasAxis) text = text.replace(/^5 4 3 2 1 0/u, "");

  const byLength = [...KEY_COMPETENCES].sort((a, b) => b.length - a.length);
  const folded = foldKeepingLength(text);
  const found: { index: number; name: string; level: number | null }[] = [];
  const used = new Array<boolean>(text.length).fill(false);

  for (const name of byLength) {
    const needle = foldKeepingLength(name);
    let from = 0;
    for (;;) {
      const index = folded.indexOf(needle, from);
      if (index < 0) break;
      from = index + needle.length;
      const end = index + needle.length;
      const overlaps = used.slice(index, end).some(Boolean);
      const boundary = !/[\p{L}\d]/u.test(folded[end] ?? " ") && !/[\p{L}\d]/u.test(folded[index - 1] ?? " ");
      if (overlaps || !boundary) continue;
      let level: number | null = null;
      let stop = end;
      if (!hasAxis) {
        const m = /^\s*(?:[:=–-]\s*)?([0-5])(?!\d)/u.exec(text.slice(end));
        if (m?.[1] !== undefined) {
          level = Number(m[1]);
          stop = end + m[0].length;
        }
      }
      for (let i = index; i < stop; i++) used[i] = true;
      if (!found.some((f) => f.name === name)) found.push({ index, name, level });
    }
  }

  found.sort((a, b) => a.index - b.index);
  const leftover = collapseWhitespace(
    text
      .split("")
      .map((ch, i) => (used[i] ? " " : ch))
      .join(""),
  );
  return { keyCompetences: found.map(({ name, level }) => ({ name, level })), leftover };
}

/** Fold each UTF-16 unit on its own, so indexes in the folded text are indexes in the original. */
function foldKeepingLength(text: string): string {
  return text
    .split("")
    .map((ch) => {
      const folded = foldText(ch);
      return folded.length === 1 ? folded : ch;
    })
    .join("");
}
