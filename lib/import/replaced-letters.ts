/**
 * Kazakh text saved through a code page that lacks the Kazakh letters (Windows-1251, a Russian-only
 * keyboard mapping, a database column in cp1251) comes back with each of ә ғ қ ң ө ұ ү һ і as "?":
 * "?к?мш?л?к ?амтамасыз ету". Imported, it would be gibberish no one can search; the letters are
 * gone, so it is refused (lib/import/parse-document.ts) and the original asked for.
 *
 * A "?" with a letter right after it is a lost letter (a question mark ends a word); URLs, whose
 * queries have "?id=", are left out. Three such, and at least one in a hundred Cyrillic letters
 * (a replaced Kazakh text has about one in ten), say the letters were lost.
 */
const LOST = /\?(?=\p{L})/gu;
/** For the count: a lost letter may also end a word, or stand beside another ("А?паратты?", "б?л?м?н??"). */
const IN_WORD = /(?<=[\p{L}?])\?|\?(?=[\p{L}?])/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const MIN_LOST = 3;
const MIN_SHARE = 0.01;

export function findReplacedLetters(text: string): { count: number; sample: string } | null {
  const withoutUrls = text.replace(URL, " ");
  const lost = withoutUrls.match(LOST)?.length ?? 0;
  if (lost < MIN_LOST) return null;
  const cyrillic = withoutUrls.match(CYRILLIC)?.length ?? 0;
  if (cyrillic === 0 || lost < cyrillic * MIN_SHARE) return null;
  return { count: withoutUrls.match(IN_WORD)?.length ?? lost, sample: wordAt(withoutUrls, withoutUrls.search(/\?\p{L}/u)) };
}

/** The word around position i (a regex spanning the word both ways would backtrack quadratically). */
function wordAt(text: string, i: number): string {
  let start = i;
  let end = i;
  while (start > 0 && !/\s/u.test(text[start - 1] ?? " ")) start--;
  while (end < text.length && !/\s/u.test(text[end] ?? " ")) end++;
  return text.slice(start, Math.min(end, start + 40));
}
