import "server-only";
import { db } from "@/lib/db";
import { buildInWorker } from "@/lib/data/index-worker-client";
import { createVersionedCache } from "@/lib/data/versioned-cache";
import { getGroupNames, type LocalName } from "@/lib/data/lexicon";
import { englishNames, type OtherName, type OtherNameSource } from "@/lib/names/other-names";

export type { OtherName };

/**
 * The English names of the whole catalogue (~3,000 of them, a few hundred kB), built once per data
 * version from the reference tables: every list on a page asks for a handful of codes, and working
 * out a group's ISCO-08 title needs the crosswalk of all its occupations. Built in the index
 * worker (lib/data/index-worker.ts): its reads are synchronous on SQLite.
 */
const getEnglishNames = createVersionedCache("english-names", () => buildInWorker<Map<string, OtherName>>("english-names"));

/** The index worker's build of the English names. */
export async function buildEnglishNames(): Promise<Map<string, OtherName>> {
  const [groups, isco, links] = await Promise.all([
    db.occupation.findMany({ where: { level: { not: "occupation" } }, select: { code: true, name: true } }),
    db.iscoGroup.findMany({ select: { code: true, labelEn: true, labelPl: true } }),
    db.escoLink.findMany({
      select: { occupationCode: true, esco: { select: { iscoGroup: true, labelEn: true } } },
      orderBy: [{ occupationCode: "asc" }, { escoCode: "asc" }],
    }),
  ]);
  return englishNames({ groups, isco, links: links.map((l) => ({ occupationCode: l.occupationCode, ...l.esco })) });
}

/**
 * Whether the ISCO-08 group with this KZiS group's code is the same group (lib/names/other-names.ts):
 * KZiS reuses a few ISCO codes for national groups, whose ISCO title would then name another group.
 */
export async function isSameIscoGroup(code: string): Promise<boolean> {
  return (await getEnglishNames()).get(code)?.source === "isco08";
}

/** The lexicon's origins as sources of a name; a KZiS name is the official Polish one, never "other". */
const LEXICON_SOURCES: Record<LocalName["origin"], OtherNameSource | undefined> = {
  "kzis-2023": undefined,
  "isco-08": "isco08",
  "okz-2014": "okz2014",
  esco: "esco",
  editorial: "editorial",
};

/**
 * The group names of the lexicon (seeds/lexicon/groups.csv, editable by editors) in a UI language
 * the reference data has no names in: Kazakh (editorial translations) and Russian (ОК 010-2014's
 * names, editorial where it has none).
 */
async function lexiconGroupNames(locale: string): Promise<Map<string, OtherName>> {
  const out = new Map<string, OtherName>();
  for (const [code, name] of await getGroupNames(locale)) {
    const source = LEXICON_SOURCES[name.origin];
    if (source) out.set(code, { text: name.text, lang: name.lang, source });
  }
  return out;
}

/**
 * Names of the given KZiS codes in the UI language `locale` from a source other than KZiS (only
 * those a source gives; a code without one is absent). Polish pages need none: the KZiS name is
 * Polish. English comes from ISCO-08 and ESCO (lib/names/other-names.ts); Kazakh and Russian from
 * the lexicon, for the major and sub-major groups.
 */
export async function getOtherNames(codes: readonly string[], locale: string): Promise<Map<string, OtherName>> {
  if (codes.length === 0) return new Map();
  const all = locale === "en" ? await getEnglishNames() : locale === "kk" || locale === "ru" ? await lexiconGroupNames(locale) : undefined;
  const out = new Map<string, OtherName>();
  if (!all) return out;
  for (const code of codes) {
    const name = all.get(code);
    if (name) out.set(code, name);
  }
  return out;
}
