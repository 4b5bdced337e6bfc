import iconv from "iconv-lite";

/**
 * Russian text in a legacy single-byte code page: Windows-1251 (Windows, Word's "Cyrillic
 * (Windows)") or KOI8-R (old mail and Unix files). The two put the same letters at different
 * bytes, so the same file read each way gives two texts; only one of them is Russian.
 *
 * The choice is scored, not guessed: each reading is scored by how Russian its letters are
 * (the mean log-frequency of its lower-cased Cyrillic letters in Russian prose, so "о е а и н т"
 * score high and "ъ ё щ ф" low) and how Russian its case is (capitals start words; a reading that
 * puts capitals inside words, as KOI8-R read as 1251 does for every lower-case letter, is wrong).
 * A reading counts only when nearly all of its non-ASCII bytes are Cyrillic letters (CP866 or
 * Polish text read as 1251 gives symbols and Latin letters). The answer is certain when one reading
 * clearly beats the other and looks like Russian by itself; otherwise the caller refuses the file.
 *
 * Why not a detection package: the general ones (chardet, jschardet) answer from byte statistics
 * over many code pages with a confidence that is unreliable on short texts, and would add a
 * dependency for two candidates that a frequency table tells apart (lib/import/extract/encoding.test.ts).
 */

export type CyrillicCodepage = "windows-1251" | "koi8-r";
export type CodepageVerdict =
  { certain: true; encoding: CyrillicCodepage; text: string } | { certain: false; samples: Record<CyrillicCodepage, string> } | null;

/** Letter frequencies of Russian prose, per cent (ё counted with е in most sources; given its own small share). */
const RUSSIAN_FREQUENCY: Record<string, number> = {
  о: 10.97,
  е: 8.45,
  а: 8.01,
  и: 7.35,
  н: 6.7,
  т: 6.26,
  с: 5.47,
  р: 4.73,
  в: 4.54,
  л: 4.4,
  к: 3.49,
  м: 3.21,
  д: 2.98,
  п: 2.81,
  у: 2.62,
  я: 2.01,
  ы: 1.9,
  ь: 1.74,
  г: 1.7,
  з: 1.65,
  б: 1.59,
  ч: 1.44,
  й: 1.21,
  х: 0.97,
  ж: 0.94,
  ш: 0.73,
  ю: 0.64,
  ц: 0.48,
  щ: 0.36,
  э: 0.32,
  ф: 0.26,
  ъ: 0.04,
  ё: 0.04,
};
const LOG_FREQUENCY = new Map(Object.entries(RUSSIAN_FREQUENCY).map(([letter, percent]) => [letter, Math.log(percent / 100)]));
/** Below this many Cyrillic letters a file says too little to tell the code pages apart. */
const MIN_LETTERS = 20;
/** Share of non-ASCII characters that must be Cyrillic letters for a reading to count at all. */
const MIN_CYRILLIC_SHARE = 0.95;
/** Russian prose scores about −3.2 per letter; a scrambled (wrong code page) reading −4 or less. */
const MIN_MEAN_LOG = -3.6;
/** The winner must beat the other reading by this much per letter. */
const MIN_MARGIN = 0.3;
/** Capitals inside words: Russian has almost none (abbreviations aside); a wrong reading has most. */
const MAX_INNER_CAPITALS = 0.1;

type Reading = { encoding: CyrillicCodepage; text: string; score: number; plausible: boolean };

function read(bytes: Uint8Array, encoding: CyrillicCodepage): Reading {
  const text = iconv.decode(Buffer.from(bytes), encoding);
  let nonAscii = 0;
  let cyrillic = 0;
  let logSum = 0;
  let innerCapitals = 0;
  let previousIsLetter = false;
  for (const c of text) {
    const isLetter = /\p{L}/u.test(c);
    if (c.charCodeAt(0) >= 0x80) {
      nonAscii++;
      if (/\p{Script=Cyrillic}/u.test(c)) {
        cyrillic++;
        const lower = c.toLocaleLowerCase("ru");
        logSum += LOG_FREQUENCY.get(lower) ?? Math.log(0.0001);
        if (previousIsLetter && c !== lower) innerCapitals++;
      }
    }
    previousIsLetter = isLetter;
  }
  const mean = cyrillic > 0 ? logSum / cyrillic : -Infinity;
  const plausible = cyrillic >= MIN_LETTERS && cyrillic / Math.max(nonAscii, 1) >= MIN_CYRILLIC_SHARE;
  // A text all in capitals (a heading, a form) has no lower case to judge; its inner capitals are not a sign.
  const lowerCase = text.match(/\p{Ll}/gu)?.length ?? 0;
  const caseRatio = lowerCase > cyrillic * 0.2 ? innerCapitals / cyrillic : 0;
  return { encoding, text, score: mean - (caseRatio > MAX_INNER_CAPITALS ? 1 : 0), plausible };
}

/**
 * Which Cyrillic code page the bytes are in: certain (with the text), uncertain (with what each
 * reading gives, for the refusal), or null when neither reading looks like Cyrillic text at all.
 */
export function detectCyrillicCodepage(bytes: Uint8Array): CodepageVerdict {
  const readings = [read(bytes, "windows-1251"), read(bytes, "koi8-r")].filter((r) => r.plausible);
  if (readings.length === 0) return null;
  readings.sort((a, b) => b.score - a.score);
  const [best, other] = readings as [Reading, Reading | undefined];
  if (best.score >= MIN_MEAN_LOG && (!other || best.score - other.score >= MIN_MARGIN)) return { certain: true, encoding: best.encoding, text: best.text };
  return { certain: false, samples: { "windows-1251": sampleOf(bytes, "windows-1251"), "koi8-r": sampleOf(bytes, "koi8-r") } };
}

function sampleOf(bytes: Uint8Array, encoding: CyrillicCodepage): string {
  const text = iconv.decode(Buffer.from(bytes), encoding);
  const at = text.search(/\P{ASCII}/u);
  return text.slice(Math.max(0, at), Math.max(0, at) + 24).trim();
}
