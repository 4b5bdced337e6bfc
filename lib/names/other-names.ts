/**
 * Names of a KZiS entry in the reader's language taken from another source. The Polish KZiS name
 * stays the name of record; these are shown beside it, always with their source. Pure, no I/O.
 */
import { foldedWords } from "@/lib/search/tokens";

/**
 * Where a name comes from: ISCO-08 group titles (ILO) and ESCO occupation labels give English;
 * the official Russian classifier ОК 010-2014 and editorial translations give Kazakh and Russian.
 */
export type OtherNameSource = "isco08" | "esco" | "okz2014" | "editorial";

export type OtherName = { text: string; lang: string; source: OtherNameSource };

export type EnglishNameInputs = {
  /** KZiS groups (levels 1–4) with their Polish names. */
  groups: readonly { code: string; name: string }[];
  /** ISCO-08 groups: the ILO English title and the Polish translation of the title. */
  isco: readonly { code: string; labelEn: string; labelPl: string | null }[];
  /** The KZiS → ESCO crosswalk: a 6-digit occupation, its ESCO occupation's ISCO unit group and English label. */
  links: readonly { occupationCode: string; iscoGroup: string; labelEn: string | null }[];
};

// Words that say nothing about which group it is; left out when two group names are compared.
const FILLER = new Set([
  "gdzie",
  "indziej",
  "niesklasyfikowani",
  "niesklasyfikowany",
  "pozostali",
  "pokrewni",
  "pokrewne",
  "spraw",
  "zakresie",
  "dziedzinie",
  "oraz",
]);

/** Content words of a Polish group name, cut to 5 letters so that inflected forms meet (rybacy/rybaków). */
function stems(name: string): string[] {
  return foldedWords(name)
    .filter((w) => w.length >= 4 && !FILLER.has(w))
    .map((w) => w.slice(0, 5));
}

/**
 * Two Polish group names name the same group: the same head word (Polish names start with it) and
 * at least half their content words shared (Dice). "Ratownicy medyczni" and "Asystenci medyczni"
 * share a word but not the head, so they are different groups.
 */
export function sameGroupName(a: string, b: string): boolean {
  const x = stems(a);
  const y = stems(b);
  if (x.length === 0 || y.length === 0 || x[0] !== y[0]) return false;
  const sx = new Set(x);
  const sy = new Set(y);
  const shared = [...sx].filter((s) => sy.has(s)).length;
  return (2 * shared) / (sx.size + sy.size) >= 0.5;
}

/**
 * The English name of every KZiS entry that a real source gives:
 * - a group (1–4 digits): the ISCO-08 title of the group with the same code, but only where that
 *   ISCO group is this group. KZiS follows ISCO-08 for most codes but not all (KZiS 2262 is
 *   specialist dentists, ISCO 2262 pharmacists; KZiS 3253 opticians, ISCO 3253 community health
 *   workers), so the title is taken only when the crosswalk leads from the group's occupations into
 *   that ISCO group, or the Polish translation of the ISCO title names the same group. Otherwise none.
 * - an occupation (6 digits): the English labels of its ESCO occupations through the crosswalk.
 */
export function englishNames({ groups, isco, links }: EnglishNameInputs): Map<string, OtherName> {
  const out = new Map<string, OtherName>();
  const iscoByCode = new Map(isco.map((g) => [g.code, g]));

  // The ISCO groups (at every length 1–4) that the crosswalk reaches from under each KZiS prefix.
  const reached = new Map<string, Set<string>>();
  for (const link of links) {
    for (let n = 1; n <= 4; n++) {
      const key = link.occupationCode.slice(0, n);
      let set = reached.get(key);
      if (!set) reached.set(key, (set = new Set()));
      set.add(link.iscoGroup.slice(0, n));
    }
  }

  for (const group of groups) {
    const g = iscoByCode.get(group.code);
    if (!g) continue;
    const confirmed = reached.get(group.code)?.has(group.code) || (g.labelPl !== null && sameGroupName(group.name, g.labelPl));
    if (confirmed) out.set(group.code, { text: g.labelEn, lang: "en", source: "isco08" });
  }

  const labels = new Map<string, string[]>();
  for (const link of links) {
    if (!link.labelEn) continue;
    const list = labels.get(link.occupationCode) ?? [];
    if (!list.includes(link.labelEn)) list.push(link.labelEn);
    labels.set(link.occupationCode, list);
  }
  for (const [code, list] of labels) out.set(code, { text: list.join("; "), lang: "en", source: "esco" });
  return out;
}
