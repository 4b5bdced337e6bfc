import { normalizeItem } from "@/lib/compare/normalize";
import { stemWord } from "@/lib/search/stem";
import { foldedWords } from "@/lib/search/tokens";
import { isStopword, type SkillIndex } from "@/lib/skills/match";
import { bestOf } from "@/lib/top-k";
import type { SelectedSkill } from "./selected-skill";

/**
 * Skills → occupations, and one occupation → its nearest ones. Pure: the catalogue is derived from
 * the skill-search index (lib/skills/match.ts), so the words are cut, folded and stemmed once, by
 * the same code as search.
 *
 * An occupation's requirements are its profile's knowledge and skill items (grouped by task
 * Z1–Zn) when it has a described profile, otherwise its ESCO skills. A requirement is covered by
 * a skill the client has when it is the same item (the same ESCO skill, or the same text once
 * case, diacritics and punctuation are ignored), when every word of the skill appears in it in
 * some form ("SQL" covers "SQL Server"), or when every word of a requirement of two or more words
 * appears in the skill ("bazy danych" is covered by "projektowanie baz danych"). Coverage is the
 * share of the requirements covered; the rest is what is missing.
 */

type RequirementKind = "knowledge" | "skill" | "esco";

type Requirement = { kind: RequirementKind; text: string; lang: string; escoSkillId: number | null; profileItemId: number | null };

export type OccupationRequirements = {
  code: string;
  basis: "profile" | "esco";
  /** Indexes into `MatchCatalogue.requirements`, in the occupation's order. */
  items: Int32Array;
  /** Task code of each item ("Z2") for a profile, null for ESCO skills. */
  groups: readonly (string | null)[];
};

export type MatchCatalogue = {
  requirements: Requirement[];
  /** Skill-index item of each requirement (the words live there). */
  indexItem: Int32Array;
  /** Skill-index item → requirement, −1 when the item is not a requirement (descriptions, names…). */
  requirementOf: Int32Array;
  occupations: OccupationRequirements[];
  byCode: Map<string, number>;
  /** Requirement → occupations (indexes into `occupations`) that have it. */
  holders: Int32Array[];
  byEscoSkill: Map<number, number>;
  /** Profile item id (the first TaskItem of its kind and text, as the index reads them) → requirement. */
  byProfileItem: Map<number, number>;
  byKey: Map<string, number[]>;
  /** Content stems of each requirement (stop words dropped), and stem → requirements holding it. */
  stems: string[][];
  postings: Map<string, Int32Array>;
  index: SkillIndex;
};

const REQUIREMENT_KINDS = new Set<string>(["knowledge", "skill", "esco"]);

/**
 * Builds the catalogue from the skill index. `profileCodes` are the occupations with a described
 * profile: their requirements are their profile items only, even when ESCO skills exist too.
 */
export function buildMatchCatalogue(index: SkillIndex, profileCodes: ReadonlySet<string>): MatchCatalogue {
  const requirements: Requirement[] = [];
  const indexItem: number[] = [];
  const requirementOf = new Int32Array(index.items.length).fill(-1);
  const perOccupation = new Map<string, { items: number[]; groups: (string | null)[] }>();
  const holderLists: number[][] = [];
  const byEscoSkill = new Map<number, number>();
  const byProfileItem = new Map<number, number>();
  const byKey = new Map<string, number[]>();

  index.items.forEach(({ item }, i) => {
    if (!REQUIREMENT_KINDS.has(item.kind)) return;
    const kind = item.kind as RequirementKind;
    const r = requirements.length;
    requirements.push({
      kind,
      text: item.text,
      lang: item.lang,
      escoSkillId: kind === "esco" ? (item.sourceId ?? null) : null,
      profileItemId: kind === "esco" ? null : (item.sourceId ?? null),
    });
    indexItem.push(i);
    requirementOf[i] = r;
    holderLists.push([]);
    if (item.sourceId !== undefined) (kind === "esco" ? byEscoSkill : byProfileItem).set(item.sourceId, r);
    const key = normalizeItem(item.text);
    if (key !== "") {
      const same = byKey.get(key);
      if (same) same.push(r);
      else byKey.set(key, [r]);
    }
    item.occupations.forEach((code, k) => {
      const isProfile = profileCodes.has(code);
      if (isProfile === (kind === "esco")) return;
      const entry = perOccupation.get(code) ?? { items: [], groups: [] };
      entry.items.push(r);
      entry.groups.push(isProfile ? (item.refs?.[k] ?? item.ref) : null);
      perOccupation.set(code, entry);
    });
  });

  // Requirement-level postings: far shorter than the index's, which also hold names and descriptions.
  const stems = requirements.map((r) => contentStems(r.text));
  const postingLists = new Map<string, number[]>();
  stems.forEach((list, r) => {
    for (const stem of list) {
      const holders = postingLists.get(stem);
      if (holders) holders.push(r);
      else postingLists.set(stem, [r]);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [stem, list] of postingLists) postings.set(stem, Int32Array.from(list));

  const occupations: OccupationRequirements[] = [];
  const byCode = new Map<string, number>();
  for (const [code, entry] of [...perOccupation].sort(([a], [b]) => a.localeCompare(b))) {
    // Profile items keep task order (Z1, Z2 …), so grouping later is stable.
    const order = entry.items.map((_, k) => k);
    if (profileCodes.has(code)) order.sort((a, b) => taskOrder(entry.groups[a] ?? null) - taskOrder(entry.groups[b] ?? null) || a - b);
    const o = occupations.length;
    occupations.push({
      code,
      basis: profileCodes.has(code) ? "profile" : "esco",
      items: Int32Array.from(order.map((k) => entry.items[k]!)),
      groups: order.map((k) => entry.groups[k]!),
    });
    byCode.set(code, o);
    for (const r of new Set(entry.items)) holderLists[r]!.push(o);
  }
  return {
    requirements,
    indexItem: Int32Array.from(indexItem),
    requirementOf,
    occupations,
    byCode,
    holders: holderLists.map((list) => Int32Array.from(list)),
    byEscoSkill,
    byProfileItem,
    byKey,
    stems,
    postings,
    index,
  };
}

function taskOrder(group: string | null): number {
  const n = group ? Number(/\d+/.exec(group)?.[0]) : NaN;
  return Number.isFinite(n) ? n : 1e6;
}

/** Content stems of a text: stop words dropped, each word stemmed as the index does. */
function contentStems(text: string): string[] {
  return [
    ...new Set(
      foldedWords(text)
        .filter((w) => !isStopword(w))
        .map(stemWord),
    ),
  ];
}

/** Requirements covered by one skill (see the module comment for the three ways). */
export function requirementsCoveredBy(catalogue: MatchCatalogue, skill: Pick<SelectedSkill, "kind" | "id" | "label">): Set<number> {
  const covered = new Set<number>();
  if (skill.kind === "esco" && skill.id !== undefined) {
    const r = catalogue.byEscoSkill.get(Number(skill.id));
    if (r !== undefined) covered.add(r);
  }
  const key = normalizeItem(skill.label);
  for (const r of catalogue.byKey.get(key) ?? []) covered.add(r);

  const stems = contentStems(skill.label);
  if (stems.length === 0) return covered;
  // Every word of the skill in the requirement: intersect the postings, rarest first.
  const lists = stems.map((s) => catalogue.postings.get(s) ?? new Int32Array(0)).sort((a, b) => a.length - b.length);
  const [rarest, ...others] = lists;
  if (rarest && rarest.length > 0) {
    const sets = others.map((l) => new Set(l));
    for (const r of rarest) if (sets.every((set) => set.has(r))) covered.add(r);
  }
  // Every word of a requirement (two or more words) in the skill: candidates hold one of its stems.
  if (stems.length >= 2) {
    const own = new Set(stems);
    for (const list of lists) {
      for (const r of list) {
        if (covered.has(r)) continue;
        const theirs = catalogue.stems[r]!;
        if (theirs.length >= 2 && theirs.length <= own.size && theirs.every((s) => own.has(s))) covered.add(r);
      }
    }
  }
  return covered;
}

/** Requirements covered by any of the skills: a union, so adding a skill never removes one. */
export function requirementsCoveredByAll(catalogue: MatchCatalogue, skills: readonly Pick<SelectedSkill, "kind" | "id" | "label">[]): Set<number> {
  const covered = new Set<number>();
  for (const skill of skills) for (const r of requirementsCoveredBy(catalogue, skill)) covered.add(r);
  return covered;
}

export type Coverage = { covered: number[]; missing: number[]; ratio: number };

/** One occupation's requirements split into covered and missing (positions into its `items`). */
export function coverageOf(occupation: Pick<OccupationRequirements, "items">, covered: ReadonlySet<number>): Coverage {
  const has: number[] = [];
  const lacks: number[] = [];
  occupation.items.forEach((r, k) => (covered.has(r) ? has : lacks).push(k));
  const total = occupation.items.length;
  return { covered: has, missing: lacks, ratio: total === 0 ? 0 : has.length / total };
}

export type RankedOccupation = { occupation: number; coveredCount: number; total: number; ratio: number };

/** The first `limit` occupations of a ranking, best first, and how many the whole ranking holds. */
export type Ranking = { total: number; ranked: RankedOccupation[] };

/**
 * Per catalogue, one counter per occupation and the list of those counted, reused by every ranking:
 * a ranking runs synchronously from start to end, so no two ever share them, and each leaves the
 * counters at zero. Fresh arrays per request were garbage the size of the catalogue each time.
 * `sizes` holds each occupation's number of requirements, next to the counters: the ranking
 * compares thousands of occupations by covered ÷ size, and reading the size through each
 * occupation's object and its items array (two scattered objects per look-up, 11,004 of them at
 * ×10) was most of a /match request's ranking time on a busy machine (1.3–3.5 ms for the bench's
 * sets, against a few hundred µs from one typed array).
 */
type Scratch = { counts: Int32Array; touched: Int32Array; sizes: Int32Array };
const scratchOf = new WeakMap<MatchCatalogue, Scratch>();

function scratch(catalogue: MatchCatalogue): Scratch {
  let s = scratchOf.get(catalogue);
  if (!s) {
    const n = catalogue.occupations.length;
    s = { counts: new Int32Array(n), touched: new Int32Array(n), sizes: Int32Array.from(catalogue.occupations, (o) => o.items.length) };
    scratchOf.set(catalogue, s);
  }
  return s;
}

/**
 * Occupations with at least `minCovered` covered requirements, by the share covered, then by how
 * many, then by code; the first `limit` of them, and the count of all. Counting goes through the
 * covered requirements' holders only, so the work grows with what the client has, not with the
 * catalogue. Only the first `limit` are ordered (lib/top-k.ts, a heap of that size):
 * at ×10 a set of common skills reaches 6,000 occupations, and sorting them all for the ten a page
 * shows was the largest part of a /match request's own work.
 */
function rankByCoverage(
  catalogue: MatchCatalogue,
  covered: ReadonlySet<number>,
  options: { exclude?: number; minCovered?: number; limit?: number } = {},
): Ranking {
  // A requirement is listed at most once per occupation (collectSkillItems keeps one listing), so
  // counting holders of the covered requirements gives each occupation's covered count.
  const { counts, touched, sizes } = scratch(catalogue);
  let touchedCount = 0;
  for (const r of covered) {
    const holders = catalogue.holders[r];
    if (!holders) continue;
    // An indexed loop: a set of common skills visits ~90,000 holders at ×10, and for…of over a typed
    // array was most of the ranking's time.
    for (let i = 0; i < holders.length; i++) {
      const o = holders[i]!;
      if (counts[o] === 0) touched[touchedCount++] = o;
      counts[o]!++;
    }
  }
  const minCovered = options.minCovered ?? 1;
  // The eligible occupations, moved to the front of `touched`; the others' counters go back to zero now.
  let total = 0;
  for (let i = 0; i < touchedCount; i++) {
    const o = touched[i]!;
    if (o === options.exclude || counts[o]! < minCovered) counts[o] = 0;
    else touched[total++] = o;
  }
  const ratioOf = (o: number) => counts[o]! / sizes[o]!;
  // Codes are sorted in the catalogue, so the index order is the code order.
  const isBetter = (a: number, b: number) => {
    const ra = ratioOf(a);
    const rb = ratioOf(b);
    return ra !== rb ? ra > rb : counts[a] !== counts[b] ? counts[a]! > counts[b]! : a < b;
  };
  const eligible = touched.subarray(0, total);
  const ranked = bestOf(eligible, options.limit ?? total, isBetter).map((o) => ({
    occupation: o,
    coveredCount: counts[o]!,
    total: sizes[o]!,
    ratio: ratioOf(o),
  }));
  for (const o of eligible) counts[o] = 0;
  return { total, ranked };
}

/**
 * Skills → occupations: the client's skills, ranked occupations (at least one requirement covered),
 * the first `limit` of them (all by default) and the count of all.
 */
export function matchOccupations(
  catalogue: MatchCatalogue,
  skills: readonly Pick<SelectedSkill, "kind" | "id" | "label">[],
  limit?: number,
): Ranking & { covered: Set<number> } {
  const covered = requirementsCoveredByAll(catalogue, skills);
  return { covered, ...rankByCoverage(catalogue, covered, { limit }) };
}

/**
 * One occupation → the nearest others: its own requirements are taken as the skills the person
 * has, and the others are ranked by how much of their requirements that covers. At least two
 * shared requirements, so one common skill ("język angielski") does not make a transition.
 */
export function nearestOccupations(catalogue: MatchCatalogue, code: string, limit?: number): (Ranking & { covered: Set<number> }) | null {
  const o = catalogue.byCode.get(code);
  if (o === undefined) return null;
  const own = catalogue.occupations[o]!;
  const skills = [...new Set(own.items)].map((r) => {
    const req = catalogue.requirements[r]!;
    return req.kind === "esco" ? { kind: "esco" as const, id: String(req.escoSkillId), label: req.text } : { kind: "profile-item" as const, label: req.text };
  });
  const covered = requirementsCoveredByAll(catalogue, skills);
  return { covered, ...rankByCoverage(catalogue, covered, { exclude: o, minCovered: 2, limit }) };
}
