import type { DocumentKind, DocumentLanguage } from "@/lib/validation/document";

/**
 * Kind and language come from the text only, never from the file name: an admin may upload
 * "scan_2.pdf" or "opis.txt" for anything.
 */

type Marker = { pattern: RegExp; weight: number };

/** Strong markers weigh 3 (enough alone), weak ones 1 (need company). */
const MARKERS: Record<DocumentKind, Marker[]> = {
  "occupation-profile": [
    { pattern: /Zadania zawodowe i wymagane kompetencje/iu, weight: 3 },
    { pattern: /WIEDZA\s*[–—-]\s*zna i rozumie/iu, weight: 3 },
    { pattern: /UMIEJĘTNOŚCI\s*[–—-]\s*potrafi/iu, weight: 3 },
    { pattern: /Kompetencja zawodowa\s+Kz\d/iu, weight: 3 },
    { pattern: /^ *Kod(?: zawodu)? *(?:: *)?\d{6} *$/imu, weight: 2 },
    { pattern: /^ *(?:2\.? *)?Opis zawodu *$/imu, weight: 2 },
    { pattern: /^ *Synteza(?: zawodu)? *$/imu, weight: 1 },
    { pattern: /^ *Opis pracy *$/imu, weight: 1 },
    // The portal's later sections (lib/import/profile-more-sections.ts), e.g. a page of only sections 4–7 with its "Kod: …".
    {
      pattern:
        /^ *[4-7]\. *(?:Rynek pracy|Możliwości zatrudnienia|Zatrudnienie osób z niepełnosprawnością|Możliwości rozwoju zawodowego|Zawody pokrewne|Źródła (?:dodatkowych )?informacji)/imu,
      weight: 1,
    },
    { pattern: /INFOdoradca/iu, weight: 1 },
  ],
  "job-description": [
    { pattern: /OPIS\s+STANOWISKA\s+PRACY/iu, weight: 3 },
    { pattern: /Zakres\s+obowiązków/iu, weight: 2 },
    { pattern: /Zakres\s+uprawnień/iu, weight: 1 },
    { pattern: /Lokalizacja\s+w\s+strukturze/iu, weight: 1 },
    { pattern: /Przełożen[iy]/iu, weight: 1 },
  ],
  "qualification-requirements": [
    { pattern: /біліктілік\s+талаптар/iu, weight: 3 },
    { pattern: /Лауазымдық\s+міндеттер/iu, weight: 3 },
    { pattern: /Функционалдық\s+міндеттер/iu, weight: 3 },
    { pattern: /Лауазымдық\s+нұсқаулық/iu, weight: 3 },
    { pattern: /квалификационные\s+требования/iu, weight: 3 },
    { pattern: /(?:Должностные|Функциональные)\s+обязанности/iu, weight: 3 },
    { pattern: /Должностн(?:ой\s+регламент|ая\s+инструкция)/iu, weight: 3 },
    { pattern: /^ *(?:Талаптар|Требования) *:/imu, weight: 1 },
  ],
};

/**
 * What detectKind looks for, as a refusal names it (lib/import/parse-document.ts): the strong
 * markers of each kind, written as documents have them.
 */
export const KIND_MARKERS_LOOKED_FOR: Record<DocumentKind, string[]> = {
  "occupation-profile": ["Zadania zawodowe i wymagane kompetencje", "WIEDZA – zna i rozumie", "UMIEJĘTNOŚCI – potrafi", "Kompetencja zawodowa Kz1"],
  "job-description": ["OPIS STANOWISKA PRACY", "Zakres obowiązków"],
  "qualification-requirements": [
    "біліктілік талаптары",
    "Лауазымдық міндеттері",
    "Лауазымдық нұсқаулық",
    "Квалификационные требования",
    "Должностные обязанности",
    "Должностной регламент",
    "Должностная инструкция",
  ],
};

const MIN_SCORE = 3;

/** The kind with the highest marker score, or null when no kind reaches a strong marker's weight. */
export function detectKind(text: string): DocumentKind | null {
  let best: DocumentKind | null = null;
  let bestScore = 0;
  for (const [kind, markers] of Object.entries(MARKERS) as [DocumentKind, Marker[]][]) {
    const score = markers.reduce((sum, m) => sum + (m.pattern.test(text) ? m.weight : 0), 0);
    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }
  return bestScore >= MIN_SCORE ? best : null;
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const POLISH_LETTERS = /[ąćęłńóśźż]/giu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * By script and characteristic letters: Cyrillic text with the letters Kazakh adds to the Russian
 * alphabet (ә ғ қ ң ө ұ ү һ і) is Kazakh, other Cyrillic is Russian; Latin text with Polish
 * letters is Polish, other Latin text English. Ratios, not presence, so a Russian quote in a
 * Kazakh text (or one "ó" in an English one) does not flip the answer.
 */
export function detectLanguage(text: string): DocumentLanguage {
  const cyrillic = count(text, CYRILLIC);
  const latin = count(text, LATIN);
  if (cyrillic > latin) {
    return count(text, KAZAKH_LETTERS) >= Math.max(2, cyrillic * 0.01) ? "kk" : "ru";
  }
  return count(text, POLISH_LETTERS) >= Math.max(2, latin * 0.005) ? "pl" : "en";
}
