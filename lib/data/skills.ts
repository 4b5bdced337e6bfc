import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildInWorker } from "@/lib/data/index-worker-client";
import { createVersionedCache } from "@/lib/data/versioned-cache";
import { expirePages } from "@/lib/http/page-expiry";
import {
  buildMatchCatalogue,
  coverageOf,
  matchOccupations,
  nearestOccupations,
  requirementsCoveredByAll,
  type MatchCatalogue,
  type RankedOccupation,
} from "@/lib/match/coverage";
import type { SelectedSkill, SelectedSkillRef } from "@/lib/match/selected-skill";
import { codeWindows, createSkillCorpus } from "@/lib/skills/corpus";
import { buildSkillIndex, candidateItems, foldedText, highlightRanges, queryTerms, searchSkills, type SkillIndex, type SkillItemKind } from "@/lib/skills/match";
import { occupationLevelSchema } from "@/lib/validation/occupation";
import {
  MAX_TRANSITIONS,
  type CoveredOccupation,
  type CoveredOccupationSummary,
  type MatchResult,
  type MatchSummary,
  type RequirementGroup,
  type SkillOptionsResponse,
  type Transitions,
  type TransitionsSummary,
} from "@/lib/validation/match";
import type { SkillSearchResult } from "@/lib/validation/skills";
import { MATCH_REVALIDATION } from "@/lib/store/changes";

/** Profile tasks per page of the build's read of their items (×10: ~8 items a task, ~16k rows a page). */
const TASKS_PER_PAGE = 2000;
/** Occupations per page of the build's read of their ESCO skills (×10: ~17k links a page). */
const CODES_PER_PAGE = 2000;

/** Matching items shown per occupation. */
const MATCHES_SHOWN = 5;
/** Occupations per page of /match. */
export const MATCH_PAGE_SIZE = 10;

type SkillData = {
  index: SkillIndex;
  catalogue: MatchCatalogue;
  taskTitles: Map<string, Map<string, string>>;
  /** Names of occupations and unit groups: result lists need no further read. */
  names: Map<string, string>;
};

/**
 * One read of everything the skill search, /match and transitions use: occupations (name,
 * description), profile items, ESCO skills, unit-group tasks, crosswalk ESCO occupations. The
 * search index and the match catalogue share the texts and their stems. Run by the index worker
 * (lib/data/index-worker.ts), which sends the value to the server's thread.
 */
export async function buildSkillData(): Promise<SkillData> {
  // The small reads at once; the two large ones (×10: 330k profile item listings, 280k ESCO skill
  // links) page by page below, each page added to the corpus and dropped: read whole, their rows
  // (~600 B of garbage each through the client) outlived young collections and took the worker's
  // heap past 1 GB of RSS (ADR 0028). Quoted identifiers: the same SQL runs on SQLite and PostgreSQL.
  const [occupations, itemTexts, skillLabels, groupTasks, escoOccupations, tasks, units, taskIds] = await Promise.all([
    db.occupation.findMany({ where: { level: "occupation" }, select: { code: true, name: true, description: true, parentCode: true }, orderBy: { code: "asc" } }),
    // One id per distinct (kind, text): the first, which the typeahead and the URLs of /match name.
    db.$queryRaw<{ id: number | bigint; kind: string; text: string }[]>`
      SELECT MIN(id) AS id, kind AS kind, text AS text FROM "TaskItem" GROUP BY kind, text`,
    db.escoSkill.findMany({ select: { id: true, label: true } }),
    db.groupTask.findMany({ where: { occupation: { level: "unit" } }, select: { occupationCode: true, text: true }, orderBy: [{ occupationCode: "asc" }, { position: "asc" }] }),
    db.escoLink.findMany({ select: { occupationCode: true, escoCode: true, esco: { select: { labelPl: true, descriptionPl: true } } }, orderBy: [{ occupationCode: "asc" }, { escoCode: "asc" }] }),
    db.profileTask.findMany({ select: { code: true, title: true, profile: { select: { occupationCode: true } } } }),
    db.occupation.findMany({ where: { level: "unit" }, select: { code: true, name: true } }),
    db.taskItem.aggregate({ _min: { taskId: true }, _max: { taskId: true } }),
  ]);
  const corpus = createSkillCorpus();
  corpus.addOccupations(occupations);

  // Each listing names its text's first id, so one text is one requirement however many profiles list it.
  // A page's rows carry their text, which a join on the grouped texts would spare, but that join
  // redoes the grouping for every page (×10: 3.9 s whole, 11.5 s in pages); a page's strings die
  // young, unlike the whole read's (ADR 0028).
  const firstOf = new Map(itemTexts.map((t) => [`${t.kind}\u0001${t.text}`, { id: Number(t.id), kind: t.kind, text: t.text }]));
  const firstTask = taskIds._min.taskId ?? 1;
  const lastTask = taskIds._max.taskId ?? 0;
  for (let from = firstTask; from <= lastTask; from += TASKS_PER_PAGE) {
    const rows = await db.$queryRaw<{ kind: string; text: string; taskCode: string; occupationCode: string }[]>`
      SELECT i.kind AS kind, i.text AS text, t.code AS "taskCode", p."occupationCode" AS "occupationCode"
      FROM "TaskItem" i JOIN "ProfileTask" t ON t.id = i."taskId" JOIN "Profile" p ON p.id = t."profileId"
      WHERE i."taskId" >= ${from} AND i."taskId" < ${from + TASKS_PER_PAGE}
      ORDER BY i."taskId", i.position`;
    corpus.addTaskItems(
      rows.flatMap((r) => {
        // A text added after the distinct texts were read waits for the next build.
        const first = firstOf.get(`${r.kind}\u0001${r.text}`);
        return first ? [{ ...first, taskCode: r.taskCode, occupationCode: r.occupationCode }] : [];
      }),
    );
  }

  const labelOf = new Map(skillLabels.map((l) => [l.id, l.label]));
  for (const [from, to] of codeWindows(occupations.map((o) => o.code), CODES_PER_PAGE)) {
    const rows = await db.$queryRaw<{ skillId: number | bigint; occupationCode: string }[]>`
      SELECT "skillId" AS "skillId", "occupationCode" AS "occupationCode" FROM "OccupationEscoSkill"
      WHERE "occupationCode" >= ${from} ${to === null ? Prisma.empty : Prisma.sql`AND "occupationCode" < ${to}`}
      ORDER BY "occupationCode", position`;
    corpus.addEscoSkills(
      rows.flatMap((l) => {
        const label = labelOf.get(Number(l.skillId));
        return label === undefined ? [] : [{ skillId: Number(l.skillId), label, occupationCode: l.occupationCode }];
      }),
    );
  }
  corpus.addGroupTasks(groupTasks.map((g) => ({ groupCode: g.occupationCode, text: g.text })));
  corpus.addEscoOccupations(escoOccupations.map((l) => ({ escoCode: l.escoCode, label: l.esco.labelPl, description: l.esco.descriptionPl, occupationCode: l.occupationCode })));
  const items = corpus.items();
  const index = buildSkillIndex(items);
  const taskTitles = new Map<string, Map<string, string>>();
  for (const t of tasks) {
    const titles = taskTitles.get(t.profile.occupationCode) ?? new Map<string, string>();
    titles.set(t.code, t.title);
    taskTitles.set(t.profile.occupationCode, titles);
  }
  const catalogue = buildMatchCatalogue(index, new Set(taskTitles.keys()));
  const names = new Map<string, string>();
  for (const o of [...occupations, ...units]) names.set(o.code, o.name);
  return { index, catalogue, taskTitles, names };
}

/**
 * The data-version check is four reads (~9 ms at ×10), more than a match itself: it runs at most
 * once a second, so the index is at most a second stale after an import or a publish.
 */
const VERSION_CHECK_MS = 1000;
let lastCheck: { at: number; data: Promise<SkillData> } | null = null;

/**
 * Built once per data version in the index worker and kept in memory (lib/data/versioned-cache.ts).
 * While a new version builds (~5 s at ×10) the previous one answers, so a /match result cached meanwhile
 * (app/[locale]/match/with) holds the previous ranking: once the new one is ready, the cached
 * results are expired (renders that started before are then older than that and are redone on the
 * next visit) and the next call checks the version again.
 */
const getSkillDataOfVersion = createVersionedCache("skill-data", async () => {
  const data = await buildInWorker<SkillData>("skill-data");
  lastCheck = null;
  expirePages([MATCH_REVALIDATION]);
  return data;
});

export function getSkillData(): Promise<SkillData> {
  const now = Date.now();
  if (lastCheck && now - lastCheck.at < VERSION_CHECK_MS) return lastCheck.data;
  const data = getSkillDataOfVersion();
  const check = { at: now, data };
  lastCheck = check;
  // A failed check or build is not kept: the next call tries again.
  data.catch(() => {
    if (lastCheck === check) lastCheck = null;
  });
  return data;
}

const KIND_ORDER: SkillItemKind[] = ["name", "knowledge", "skill", "esco", "description", "esco-occupation", "group-task"];

/** Occupations that need a knowledge or skill phrase, best first, one page, each with where it matches. */
export async function findOccupationsBySkill(query: string, limit: number, page = 1): Promise<SkillSearchResult> {
  const { index } = await getSkillData();
  const { terms, items, occupations } = searchSkills(index, query);
  const totalPages = Math.max(1, Math.ceil(occupations.length / limit));
  const top = occupations.slice((page - 1) * limit, page * limit);
  const names = await occupationNames(top.map((o) => o.code));
  return {
    query,
    totalOccupations: occupations.length,
    totalItems: items.length,
    page,
    pageSize: limit,
    totalPages,
    occupations: top.flatMap((o) => {
      const row = names.get(o.code);
      if (!row) return [];
      const kinds = new Set(o.matches.map((m) => index.items[m.index]!.item.kind));
      return [
        {
          code: o.code,
          name: row.name,
          level: occupationLevelSchema.parse(row.level),
          hasProfile: row.hasProfile,
          score: Math.round(o.score * 1000) / 1000,
          matchCount: o.matches.length,
          matchedIn: KIND_ORDER.filter((k) => kinds.has(k)),
          matches: o.matches.slice(0, MATCHES_SHOWN).map((m) => {
            const { item } = index.items[m.index]!;
            const at = item.refs ? item.occupations.indexOf(o.code) : -1;
            const ref = at >= 0 ? (item.refs![at] ?? null) : item.ref;
            return { kind: item.kind, text: item.text, lang: item.lang, ref, highlights: highlightRanges(item.text, terms) };
          }),
        },
      ];
    }),
  };
}

async function occupationNames(codes: string[]): Promise<Map<string, { name: string; level: string; hasProfile: boolean }>> {
  if (codes.length === 0) return new Map();
  const rows = await db.occupation.findMany({ where: { code: { in: codes } }, select: { code: true, name: true, level: true, profile: { select: { id: true } } } });
  return new Map(rows.map((r) => [r.code, { name: r.name, level: r.level, hasProfile: r.profile !== null }]));
}

/** Typeahead options for /match: profile items and ESCO skills holding every typed word, the last as a prefix. */
export async function findSkillOptions(query: string, limit: number): Promise<SkillOptionsResponse> {
  const { index, catalogue } = await getSkillData();
  // Two typed letters already narrow the last word (as the site's suggestions do).
  const terms = queryTerms(index, query, 8, 2);
  if (terms.folded.length === 0) return { query, options: [] };
  const phrase = terms.folded.join(" ");
  const ranked = candidateItems(index, terms.stems)
    .map((i) => ({ i, r: catalogue.requirementOf[i]! }))
    .filter(({ r }) => r >= 0)
    .map(({ i, r }) => {
      const entry = index.items[i]!;
      // Options that start with the words first, then short ones, then those most occupations need.
      const starts = foldedText(entry.item.text).startsWith(phrase) ? 0 : 1;
      return { i, r, starts, length: entry.stemCount, holders: catalogue.holders[r]!.length };
    })
    .filter((o) => o.holders > 0)
    .sort((a, b) => a.starts - b.starts || b.holders - a.holders || a.length - b.length || a.i - b.i);
  const seen = new Set<string>();
  const options: SkillOptionsResponse["options"] = [];
  for (const o of ranked) {
    const req = catalogue.requirements[o.r]!;
    const id = req.kind === "esco" ? req.escoSkillId : req.profileItemId;
    if (id === null || seen.has(req.text.toLowerCase())) continue;
    seen.add(req.text.toLowerCase());
    options.push({ kind: req.kind === "esco" ? "esco" : "profile-item", id: String(id), label: req.text, occupations: o.holders });
    if (options.length >= limit) break;
  }
  return { query, options };
}

/**
 * The labels of the skills in a URL: ids are read again, so a link cannot bring a label of its own;
 * unknown ids are dropped and counted. The catalogue holds the label of every id the typeahead
 * offers (it is built from the same rows); the database is read only for the others (an ESCO skill
 * no occupation lists, a profile item's later duplicate): two Prisma reads were a new set's largest
 * cost after the page itself.
 */
export async function resolveSelectedSkills(refs: readonly SelectedSkillRef[], catalogue: MatchCatalogue): Promise<{ skills: SelectedSkill[]; unknown: number }> {
  const fromCatalogue = (ref: SelectedSkillRef): string | undefined => {
    if (ref.kind === "text") return undefined;
    const r = (ref.kind === "esco" ? catalogue.byEscoSkill : catalogue.byProfileItem).get(Number(ref.id));
    return r === undefined ? undefined : catalogue.requirements[r]!.text;
  };
  const missing = refs.filter((r) => r.kind !== "text" && fromCatalogue(r) === undefined);
  const profileIds = missing.flatMap((r) => (r.kind === "profile-item" ? [Number(r.id)] : []));
  const escoIds = missing.flatMap((r) => (r.kind === "esco" ? [Number(r.id)] : []));
  const [items, skills] = await Promise.all([
    profileIds.length ? db.taskItem.findMany({ where: { id: { in: profileIds } }, select: { id: true, text: true } }) : [],
    escoIds.length ? db.escoSkill.findMany({ where: { id: { in: escoIds } }, select: { id: true, label: true } }) : [],
  ]);
  const itemText = new Map(items.map((i) => [String(i.id), i.text]));
  const skillLabel = new Map(skills.map((s) => [String(s.id), s.label]));
  const resolved: SelectedSkill[] = [];
  let unknown = 0;
  for (const ref of refs) {
    if (ref.kind === "text") resolved.push({ kind: "text", label: ref.label });
    else {
      const label = fromCatalogue(ref) ?? (ref.kind === "esco" ? skillLabel : itemText).get(ref.id);
      if (label === undefined) unknown++;
      else resolved.push({ kind: ref.kind, id: ref.id, label });
    }
  }
  return { skills: resolved, unknown };
}

/** One page of the ranking of occupations by the share of their requirements the skills cover. */
async function rankSkills(refs: readonly SelectedSkillRef[], page: number) {
  const data = await getSkillData();
  const { skills, unknown } = await resolveSelectedSkills(refs, data.catalogue);
  // Only the occupations up to this page are ordered (the count covers all).
  const { covered, ranked, total } = matchOccupations(data.catalogue, skills, page * MATCH_PAGE_SIZE);
  const head = {
    skills,
    unknownSkills: unknown,
    totalOccupations: total,
    page,
    pageSize: MATCH_PAGE_SIZE,
    totalPages: Math.max(1, Math.ceil(total / MATCH_PAGE_SIZE)),
  };
  return { data, covered, head, shown: ranked.slice((page - 1) * MATCH_PAGE_SIZE) };
}

/** My skills → occupations: one page of occupations by the share of their requirements the skills cover, each with what is covered and what is missing. */
export async function matchSkills(refs: readonly SelectedSkillRef[], page: number): Promise<MatchResult> {
  const { data, covered, head, shown } = await rankSkills(refs, page);
  return { ...head, occupations: describeOccupations(data, shown, covered) };
}

/** The same page with the figures only (/match): each occupation's lists are fetched when the person opens them (matchSkillsFor). */
export async function matchSkillsSummary(refs: readonly SelectedSkillRef[], page: number): Promise<MatchSummary> {
  const { data, head, shown } = await rankSkills(refs, page);
  return { ...head, occupations: summarizeOccupations(data, shown) };
}

/**
 * The client's skills against a shortlist: each listed occupation (in the order given) with what
 * is covered and what is missing, whatever its rank; codes with no requirements in the catalogue
 * (neither a profile nor ESCO skills) are left out.
 */
export async function matchSkillsFor(refs: readonly SelectedSkillRef[], codes: readonly string[]): Promise<MatchResult> {
  const data = await getSkillData();
  const { skills, unknown } = await resolveSelectedSkills(refs, data.catalogue);
  const covered = requirementsCoveredByAll(data.catalogue, skills);
  const ranked = rankListed(data, codes, covered);
  return { skills, unknownSkills: unknown, totalOccupations: ranked.length, page: 1, pageSize: ranked.length, totalPages: 1, occupations: describeOccupations(data, ranked, covered) };
}

/** The listed codes that have requirements, in the order given, with their coverage by `covered`. */
function rankListed(data: SkillData, codes: readonly string[], covered: ReadonlySet<number>): RankedOccupation[] {
  return [...new Set(codes)].flatMap((code) => {
    const o = data.catalogue.byCode.get(code);
    if (o === undefined) return [];
    const c = coverageOf(data.catalogue.occupations[o]!, covered);
    return [{ occupation: o, coveredCount: c.covered.length, total: c.covered.length + c.missing.length, ratio: c.ratio }];
  });
}

/** Occupations whose nearest others are kept per catalogue. */
const NEAREST_KEPT = 256;
type Nearest = { covered: ReadonlySet<number>; top: RankedOccupation[]; total: number };
const nearestKept = new WeakMap<MatchCatalogue, Map<string, Nearest | null>>();

/**
 * nearestOccupations, remembered for the last NEAREST_KEPT codes of a catalogue (a new data version
 * builds a new catalogue, so they go with the old one): an occupation page's transitions and each
 * of its disclosures the reader opens (`?to=`) rank the same occupations, at ×10 up to ~10 ms a
 * time. Only the first MAX_TRANSITIONS are kept, not the whole ranking.
 */
function nearestOf(catalogue: MatchCatalogue, code: string): Nearest | null {
  let kept = nearestKept.get(catalogue);
  if (!kept) nearestKept.set(catalogue, (kept = new Map()));
  let nearest = kept.get(code);
  if (nearest === undefined) {
    const ranked = nearestOccupations(catalogue, code, MAX_TRANSITIONS);
    nearest = ranked && { covered: ranked.covered, top: ranked.ranked, total: ranked.total };
    if (kept.size >= NEAREST_KEPT) kept.delete(kept.keys().next().value!);
  } else kept.delete(code); // re-inserted below: the Map's order is the order of use
  kept.set(code, nearest);
  return nearest;
}

/** An occupation's name and own requirements, and the others ranked by how much of theirs it covers; null for an unknown code. */
async function transitionsFrom(code: string) {
  const data = await getSkillData();
  // Transitions are for occupations (6 digits); other levels are looked up to answer 404 or empty.
  const name = data.names.get(code) ?? (await db.occupation.findUnique({ where: { code }, select: { name: true } }))?.name;
  if (name === undefined) return null;
  const o = data.catalogue.byCode.get(code);
  const nearest = o === undefined ? null : nearestOf(data.catalogue, code);
  if (o === undefined || !nearest) return { data, nearest: null, head: { code, name, basis: null, ownCount: 0, total: 0 } };
  const own = data.catalogue.occupations[o]!;
  return { data, nearest, head: { code, name, basis: own.basis, ownCount: own.items.length, total: nearest.total } };
}

/**
 * Career transitions from one occupation: the nearest by shared requirements, with what is shared
 * and what is to learn; with `to`, that occupation only, whatever its rank (a transition the page
 * lists, opened).
 */
export async function getTransitions(code: string, limit: number, to?: string): Promise<Transitions | null> {
  const from = await transitionsFrom(code);
  if (!from) return null;
  if (!from.nearest) return { ...from.head, items: [] };
  const shown = to === undefined ? from.nearest.top.slice(0, limit) : rankListed(from.data, [to], from.nearest.covered);
  return { ...from.head, items: describeOccupations(from.data, shown, from.nearest.covered) };
}

/** The same with the figures only (the occupation page): each transition's lists are fetched when the person opens them. */
export async function getTransitionSummaries(code: string, limit: number): Promise<TransitionsSummary | null> {
  const from = await transitionsFrom(code);
  if (!from) return null;
  return { ...from.head, items: from.nearest ? summarizeOccupations(from.data, from.nearest.top.slice(0, limit)) : [] };
}

function summaryOf(data: SkillData, r: RankedOccupation): CoveredOccupationSummary | null {
  const code = data.catalogue.occupations[r.occupation]!.code;
  const name = data.names.get(code);
  if (name === undefined) return null;
  const unit = code.slice(0, 4);
  const unitName = data.names.get(unit);
  return {
    code,
    name,
    unitGroup: unitName === undefined ? null : { code: unit, name: unitName },
    basis: data.catalogue.occupations[r.occupation]!.basis,
    covered: r.coveredCount,
    total: r.total,
    ratio: r.ratio,
  };
}

/** Name, unit group and coverage figures of ranked occupations (those without a name in the catalogue are left out). */
function summarizeOccupations(data: SkillData, ranked: RankedOccupation[]): CoveredOccupationSummary[] {
  return ranked.flatMap((r) => summaryOf(data, r) ?? []);
}

/** The summaries with what is covered and what is missing, by task Z1–Zn (profiles) or as one list of ESCO skills. */
function describeOccupations(data: SkillData, ranked: RankedOccupation[], covered: ReadonlySet<number>): CoveredOccupation[] {
  const { catalogue } = data;
  return ranked.flatMap((r) => {
    const summary = summaryOf(data, r);
    if (!summary) return [];
    const occupation = catalogue.occupations[r.occupation]!;
    const groups: RequirementGroup[] = [];
    const titles = data.taskTitles.get(occupation.code);
    occupation.items.forEach((req, k) => {
      const ref = occupation.groups[k] ?? null;
      let group = groups[groups.length - 1];
      if (!group || group.ref !== ref) {
        group = { ref, title: ref ? (titles?.get(ref) ?? null) : null, covered: [], missing: [] };
        groups.push(group);
      }
      const { kind, text, lang } = catalogue.requirements[req]!;
      (covered.has(req) ? group.covered : group.missing).push({ kind, text, lang });
    });
    return [{ ...summary, groups }];
  });
}
