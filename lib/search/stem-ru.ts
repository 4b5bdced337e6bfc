/**
 * The Snowball Russian stemmer (Porter's algorithm for Russian, snowballstem.org/algorithms/russian),
 * written out here rather than taken as a dependency: about a hundred lines, pure, and tested on
 * real inflected forms (stem-ru.test.ts). Russian inflects nouns in six cases and two numbers and
 * adjectives and participles in gender as well ("программиста", "программистов",
 * "информационных"), so the lexicon (lib/lexicon/match.ts) compares stems, not words as typed.
 * Input: a lower-case word; "ё" is read as "е". Non-Russian words come back unchanged.
 */

const VOWELS = new Set("аеиоуыэюя");

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

const PERFECTIVE_GERUND_1 = byLength(["в", "вши", "вшись"]);
const PERFECTIVE_GERUND_2 = byLength(["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"]);
const ADJECTIVE = byLength([..."ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею".split(" ")]);
const PARTICIPLE_1 = byLength(["ем", "нн", "вш", "ющ", "щ"]);
const PARTICIPLE_2 = byLength(["ивш", "ывш", "ующ"]);
const REFLEXIVE = ["ся", "сь"];
const VERB_1 = byLength("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно".split(" "));
const VERB_2 = byLength("ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю".split(" "));
const NOUN = byLength("а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я".split(" "));
const SUPERLATIVE = byLength(["ейш", "ейше"]);
const DERIVATIONAL = byLength(["ост", "ость"]);

/** Start of the region after the first vowel-then-consonant from `from` (R1 from 0, R2 from R1). */
function regionAfter(word: string, from: number): number {
  for (let i = from + 1; i < word.length; i++) if (!VOWELS.has(word[i]!) && VOWELS.has(word[i - 1]!)) return i + 1;
  return word.length;
}

/**
 * The longest ending of `list` that `region` ends with. Group-1 endings (`needsAYa`) count only
 * after "а" or "я" inside the region, which stays in the word. As in Snowball, the longest ending
 * decides: if its condition fails, no shorter one is tried.
 */
function strip(region: string, list: string[], needsAYa = false): string | null {
  const ending = list.find((e) => region.endsWith(e));
  if (ending === undefined) return null;
  const rest = region.slice(0, -ending.length);
  if (needsAYa && !/[ая]$/.test(rest)) return null;
  return rest;
}

/** Strips a group-1 or group-2 ending, whichever is longer where both match (Snowball's single "among"). */
function stripEither(region: string, group1: string[], group2: string[]): string | null {
  const e1 = group1.find((e) => region.endsWith(e));
  const e2 = group2.find((e) => region.endsWith(e));
  if (e2 !== undefined && (e1 === undefined || e2.length >= e1.length)) return region.slice(0, -e2.length);
  return e1 === undefined ? null : strip(region, [e1], true);
}

function stripAdjectival(region: string): string | null {
  const noAdjective = strip(region, ADJECTIVE);
  if (noAdjective === null) return null;
  return stripEither(noAdjective, PARTICIPLE_1, PARTICIPLE_2) ?? noAdjective;
}

export function stemRussian(input: string): string {
  const word = input.replace(/ё/g, "е");
  let rvStart = 0;
  while (rvStart < word.length && !VOWELS.has(word[rvStart]!)) rvStart++;
  rvStart++;
  if (rvStart >= word.length) return word;
  const head = word.slice(0, rvStart);
  let rv = word.slice(rvStart);
  // R2, measured in the whole word, then made relative to RV.
  const r2 = regionAfter(word, regionAfter(word, 0) - 1) - rvStart;

  // Step 1.
  const noGerund = stripEither(rv, PERFECTIVE_GERUND_1, PERFECTIVE_GERUND_2);
  if (noGerund !== null) rv = noGerund;
  else {
    rv = strip(rv, REFLEXIVE) ?? rv;
    rv = stripAdjectival(rv) ?? stripEither(rv, VERB_1, VERB_2) ?? strip(rv, NOUN) ?? rv;
  }
  // Step 2.
  if (rv.endsWith("и")) rv = rv.slice(0, -1);
  // Step 3: derivational endings, within R2.
  const ending = DERIVATIONAL.find((e) => rv.endsWith(e));
  if (ending !== undefined && rv.length - ending.length >= r2) rv = rv.slice(0, -ending.length);
  // Step 4.
  if (rv.endsWith("нн")) rv = rv.slice(0, -1);
  else {
    const noSuperlative = strip(rv, SUPERLATIVE);
    if (noSuperlative !== null) rv = noSuperlative.endsWith("нн") ? noSuperlative.slice(0, -1) : noSuperlative;
    else if (rv.endsWith("ь")) rv = rv.slice(0, -1);
  }
  return head + rv;
}
