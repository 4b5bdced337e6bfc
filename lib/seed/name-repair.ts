/**
 * Occupation names cut off in the KZiS source (the name column of kzis-2023.csv stops at about
 * 60–80 characters: "… anestezjologicznego i intensywnej"), restored from where the full name
 * survives: the start of the official description, which repeats the occupation's name, and the
 * ESCO crosswalk file's KZiS name. Pure, no I/O; applied by the reference loader.
 *
 * The rule (derived from the data, see name-repair.test.ts for every code it finds):
 * 1. find where the source name ends inside the description: its letters in order at the start
 *    (spacing and punctuation ignored), else its last words near the start (the description may
 *    carry an older wording of the beginning of the name);
 * 2. the words after that point continue the name while they do not start a sentence (a capital
 *    letter, as descriptions start "Udziela …", "Planuje …") or a parenthesis is still open, up to
 *    the placeholder "Opis w opracowaniu";
 * 3. when the description gives no continuation, a crosswalk name that starts with the source name
 *    and goes on gives it.
 * A continuation longer than MAX_WORDS is not a name but running text: no repair.
 */
import { foldText, squash } from "@/lib/text";

export type NameRepair = {
  /** The restored full name. */
  name: string;
  /** The name as the source gives it (kept as an alternative title). */
  sourceName: string;
  from: "description" | "crosswalk";
};

const MAX_WORDS = 12;
const PLACEHOLDER = ["opis", "w", "opracowaniu"];

const foldLetters = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]/gu, "");

/** The folded letters of `text`, each with the index in `text` just after the character it came from. */
function letterMap(text: string): { letters: string; ends: number[] } {
  let letters = "";
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    for (const l of foldLetters(ch)) {
      letters += l;
      ends.push(i);
    }
  }
  return { letters, ends };
}

/** Where `name` ends inside `text` (an index into `text`), or null when `text` does not start with it. */
export function findNameEnd(name: string, text: string): number | null {
  const target = foldLetters(name);
  if (!target) return null;
  const { letters, ends } = letterMap(text);
  if (letters.startsWith(target)) return ends[target.length - 1] ?? null;
  // The beginning may be worded differently (an older name); align on the name's last words.
  const words = name.split(" ");
  for (const count of [3, 2]) {
    if (words.length <= count) continue;
    const tail = foldLetters(words.slice(-count).join(" "));
    if (tail.length < 8) continue;
    const at = letters.indexOf(tail);
    if (at >= 0 && at + tail.length <= target.length + 40) return ends[at + tail.length - 1] ?? null;
  }
  return null;
}

const isBalanced = (s: string) => (s.match(/\(/g)?.length ?? 0) <= (s.match(/\)/g)?.length ?? 0);

/** The name's continuation in `rest` (the text right after the name), or null. */
function continuation(name: string, rest: string): { joiner: string; words: string[] } | null {
  const midWord = /^[\p{L}\p{N}]/u.test(rest) || /-$/u.test(name);
  // Punctuation the source name already ends with ("… hotelarskiego /", "… resocjalizacji,") is not repeated.
  const trailing = name.match(/(?<![^\p{L}\p{N}])[^\p{L}\p{N}]*$/u)?.[0] ?? "";
  let start = 0;
  while (start < rest.length && (trailing.includes(rest[start]!) || rest[start] === " ")) start++;
  const words = squash(rest.slice(start)).split(" ").filter(Boolean);
  const taken: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (
      words
        .slice(i, i + 3)
        .map(foldText)
        .join(" ") === PLACEHOLDER.join(" ")
    )
      break;
    if (/^\p{Lu}/u.test(word) && isBalanced(`${name} ${taken.join(" ")}`)) break;
    taken.push(word);
    if (taken.length > MAX_WORDS) return null;
  }
  return taken.length && foldLetters(taken.join("")) ? { joiner: midWord ? "" : " ", words: taken } : null;
}

function join(name: string, c: { joiner: string; words: string[] }): string {
  const base = c.joiner === "" ? name.replace(/-$/u, "-") : name.trimEnd();
  return squash(`${base}${c.joiner}${c.words.join(" ")}`);
}

/** The restored name of one occupation, or null when its name is whole. */
export function repairOccupationName(sourceName: string, rawDescription: string, crosswalkNames: readonly string[] = []): NameRepair | null {
  const name = squash(sourceName);
  const description = squash(rawDescription);
  const end = findNameEnd(name, description);
  if (end !== null) {
    const c = continuation(name, description.slice(end));
    if (c) return { name: join(name, c), sourceName: name, from: "description" };
  }
  const target = foldLetters(name);
  for (const candidate of crosswalkNames.map(squash)) {
    if (!foldLetters(candidate).startsWith(target) || foldLetters(candidate) === target) continue;
    const at = findNameEnd(name, candidate);
    if (at === null) continue;
    const c = continuation(name, candidate.slice(at));
    if (c) return { name: join(name, c), sourceName: name, from: "crosswalk" };
  }
  return null;
}
