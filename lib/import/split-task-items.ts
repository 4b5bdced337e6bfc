import type { ImportWarning } from "@/lib/validation/document";
import { warning } from "./warnings";

/**
 * Knowledge vs. skill items of one INFOdoradca+ task.
 *
 * NOTE: in the plain text of a profile page both headings ("WIEDZA – zna i rozumie:",
 * "UMIEJĘTNOŚCI – potrafi:") come first and all bullets after them: knowledge first, then skills.
 * Nothing but the text marks the boundary. Two signals, both checked on every task of the seeds:
 *  1. the knowledge list ends with a full stop while its other items end with ";"
 *     (351402 Z3 ends its knowledge list with "… itp." — that dot is the list's full stop too);
 *  2. every skill item starts with a verb in the infinitive ("Dobierać", "Skonfigurować",
 *     "Chronić", "Wyciągać"), knowledge items are noun phrases ("Specyfikację", "Znaczenie").
 */

const NOUN_LOOKALIKES = new Set([
  "sieć",
  "pięć",
  "sześć",
  "dziewięć",
  "chęć",
  "pamięć",
  "część",
  "treść",
  "cześć",
  "płeć",
  "śmierć",
  "nić",
  "teść",
  "maść",
  "pieśń",
  "jesień",
  "piec",
]);

/** Infinitives that end in "-ść" or "-c" (most end in -ać, -eć, -ić, -yć, -ąć, -uć). */
const RARE_INFINITIVE_ENDINGS = /(?:nieść|wieść|kraść|kłaść|paść|gnieść|jeść|rość|siąść|móc|biec|strzec|wlec|tłuc|ciec|rzec|siec|piec)$/u;

/** Does this word look like a Polish verb in the infinitive? */
function isInfinitive(word: string): boolean {
  if (word.length < 3) return false;
  if (NOUN_LOOKALIKES.has(word)) return false;
  if (/ość$/u.test(word)) return false; // nouns: "Znajomość", "Możliwość"
  if (/(?:ać|eć|ić|yć|ąć|uć)$/u.test(word)) return true;
  return RARE_INFINITIVE_ENDINGS.test(word);
}

/** Words that may come before a skill's verb: "Nie udostępniać", "Na bieżąco monitorować", "W razie potrzeby …". */
const BEFORE_VERB = new Set(["nie", "i", "oraz", "na", "w", "we", "z", "ze", "przy", "po", "razie", "potrzeby", "bieżąco", "zawsze", "stale", "samodzielnie"]);

/**
 * An adverb ("Samodzielnie", "Skutecznie", "Prawidłowo", "Terminowo"): ends in -nie/-wie/-o but
 * is not a verbal noun ("Planowanie", "Zarządzenie", "Użycie"), which a knowledge item may start with.
 */
function isAdverb(word: string): boolean {
  return word.length >= 5 && /(?:[^ae]nie|wie|o)$/u.test(word) && !/(?:anie|enie|cie)$/u.test(word);
}

/**
 * Does this item start with a Polish verb in the infinitive, possibly after a negation, an adverb
 * or a short phrase ("Samodzielnie instalować …", "Na bieżąco monitorować …", "Nie udostępniać …")?
 * At most three such words may come first.
 */
export function startsWithInfinitive(item: string): boolean {
  const words = (item.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 4);
  for (const word of words) {
    if (isInfinitive(word)) return true;
    if (!BEFORE_VERB.has(word) && !isAdverb(word)) return false;
  }
  return false;
}

export type TaskItemSplit = {
  knowledge: string[];
  skills: string[];
  /** Set when the two signals disagree or one is missing, so a person should check the split. */
  warning: ImportWarning | null;
};

/**
 * Split one combined list (knowledge items, then skill items; raw text with list punctuation
 * still on) at the boundary. `taskCode` only names the task in the warning.
 */
export function splitKnowledgeAndSkills(items: readonly string[], taskCode: string): TaskItemSplit {
  const n = items.length;
  const isInfinitive = items.map(startsWithInfinitive);

  // Signal 2: the first index from which every item starts with an infinitive.
  let infinitiveStart: number | null = null;
  for (let i = n - 1; i >= 0 && isInfinitive[i]; i--) infinitiveStart = i;

  // Signal 1: positions right after an item ending with "." (the knowledge list's full stop).
  const fullStopSplits: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    if ((items[i] ?? "").trimEnd().endsWith(".")) fullStopSplits.push(i + 1);
  }

  const at = (index: number, found: ImportWarning | null): TaskItemSplit => ({
    knowledge: items.slice(0, index),
    skills: items.slice(index),
    warning: found,
  });

  if (infinitiveStart !== null && fullStopSplits.includes(infinitiveStart)) return at(infinitiveStart, null);

  const verbSplits = fullStopSplits.filter((i) => isInfinitive[i]);
  if (verbSplits.length > 0) {
    const target = infinitiveStart ?? n;
    const best = verbSplits.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
    return at(best, warning("splitSignalsDisagree", { task: taskCode, item: best }));
  }
  if (infinitiveStart !== null && infinitiveStart > 0) {
    // Say only what is true: a full stop may be there, just not before the first verb.
    const stop = fullStopSplits.filter((i) => i < infinitiveStart).at(-1);
    return at(
      infinitiveStart,
      stop === undefined
        ? warning("splitNoFullStop", { task: taskCode, item: infinitiveStart })
        : warning("splitFullStopWithoutVerb", { task: taskCode, stop, item: infinitiveStart }),
    );
  }
  if (infinitiveStart === 0) {
    return at(0, warning("splitAllSkills", { task: taskCode }));
  }
  const firstSplit = fullStopSplits[0];
  if (firstSplit !== undefined) {
    return at(firstSplit, warning("splitAtFirstFullStop", { task: taskCode, item: firstSplit }));
  }
  return at(n, warning("splitUndecided", { task: taskCode }));
}
