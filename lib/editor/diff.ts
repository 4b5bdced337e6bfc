/**
 * A readable diff of two snapshots of one entry (pure): per section, the items added, removed,
 * changed or renumbered. Lists of text use a longest-common-subsequence diff, with a removal
 * followed by an addition shown as one change; tasks, competences, sections and requirements are
 * matched by title first and by code second, so reordering shows as renumbering, not as rewriting.
 */
import type { EntityType, OccupationSnapshot, PositionSnapshot, ProfileSnapshot, Snapshot } from "@/lib/validation/editor";

type ChangeKind = "added" | "removed" | "changed" | "moved";

export type Change = {
  kind: ChangeKind;
  /** The item within the section: a task code, a section heading, a key-competence name… */
  item?: string;
  /** The field of the item (title, knowledge, skills, level, heading, text…). */
  field?: string;
  before?: string | null;
  after?: string | null;
};

type ProfileSection = "fields" | "subsections" | "tasks" | "competences" | "socialCompetences" | "keyCompetences" | "altTitles";
type PositionSection = "fields" | "occupation" | "sections" | "duties" | "requirements";
type OccupationSection = "fields" | "groupTasks" | "otherTitles";
type DiffSectionName = ProfileSection | PositionSection | OccupationSection;

export type SectionDiff = { section: DiffSectionName; changes: Change[] };

/** Text-list diff: additions and removals in order; a removal directly followed by an addition is a change. */
export function diffList(before: readonly string[], after: readonly string[], context: Pick<Change, "item" | "field"> = {}): Change[] {
  const ops = lcsOps(before, after);
  const out: Change[] = [];
  let i = 0;
  while (i < ops.length) {
    const op = ops[i]!;
    if (op.kind === "same") {
      i++;
      continue;
    }
    // Pair a run of removals with the run of additions right after it.
    const removed: string[] = [];
    const added: string[] = [];
    while (i < ops.length && ops[i]!.kind === "removed") removed.push(ops[i++]!.text);
    while (i < ops.length && ops[i]!.kind === "added") added.push(ops[i++]!.text);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) out.push({ ...context, kind: "changed", before: removed[k], after: added[k] });
    for (const text of removed.slice(paired)) out.push({ ...context, kind: "removed", before: text });
    for (const text of added.slice(paired)) out.push({ ...context, kind: "added", after: text });
  }
  return out;
}

type Op = { kind: "same" | "added" | "removed"; text: string };

function lcsOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS length of a[i..] and b[j..]
  const lengths: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) ops.push({ kind: "removed", text: a[i++]! });
    else ops.push({ kind: "added", text: b[j++]! });
  }
  while (i < n) ops.push({ kind: "removed", text: a[i++]! });
  while (j < m) ops.push({ kind: "added", text: b[j++]! });
  return ops;
}

/**
 * Pairs items of two lists: first by the first key (a title), then among the rest by the second
 * (a code or the position). Pairs and additions come in the order of `after`.
 */
export function matchItems<T>(before: readonly T[], after: readonly T[], keys: readonly ((item: T, index: number) => string)[]) {
  const pairOf = new Map<number, number>(); // after index → before index
  const usedBefore = new Set<number>();
  for (const key of keys) {
    const free = new Map<string, number[]>();
    before.forEach((item, i) => {
      if (usedBefore.has(i)) return;
      const k = key(item, i);
      free.set(k, [...(free.get(k) ?? []), i]);
    });
    after.forEach((item, j) => {
      if (pairOf.has(j)) return;
      const candidates = free.get(key(item, j));
      const i = candidates?.shift();
      if (i === undefined) return;
      pairOf.set(j, i);
      usedBefore.add(i);
    });
  }
  const pairs: { before: T; after: T }[] = [];
  const added: T[] = [];
  after.forEach((item, j) => {
    const i = pairOf.get(j);
    if (i === undefined) added.push(item);
    else pairs.push({ before: before[i]!, after: item });
  });
  const removed = before.filter((_, i) => !usedBefore.has(i));
  return { pairs, added, removed };
}

function scalar(field: string, before: string | null, after: string | null, item?: string): Change[] {
  if ((before ?? "") === (after ?? "")) return [];
  const kind: ChangeKind = !before ? "added" : !after ? "removed" : "changed";
  return [{ kind, field, before, after, ...(item ? { item } : {}) }];
}

function levelText(level: number | null): string | null {
  return level === null ? null : String(level);
}

export function diffProfile(a: ProfileSnapshot, b: ProfileSnapshot): SectionDiff[] {
  // Matched by heading first, then by place, as a position's sections are.
  const subsections = matchItems(a.subsections ?? [], b.subsections ?? [], [(s) => `heading:${s.heading}`, (_, i) => `index:${i}`]);
  const subsectionChanges: Change[] = [
    ...subsections.removed.map((s): Change => ({ kind: "removed", item: s.heading, field: "heading", before: s.heading })),
    ...subsections.pairs.flatMap(({ before, after }): Change[] => [
      ...scalar("heading", before.heading, after.heading, after.heading),
      // The page's section it belongs to (moved from section 2 to 4, say); absent in older snapshots: section 2.
      ...scalar("section", String(before.section ?? 2), String(after.section ?? 2), after.heading),
      ...scalar("text", before.text, after.text, after.heading),
    ]),
    ...subsections.added.flatMap((s): Change[] => [
      { kind: "added", item: s.heading, field: "heading", after: s.heading },
      ...(s.text ? [{ kind: "added" as const, item: s.heading, field: "text", after: s.text }] : []),
    ]),
  ];
  const tasks = matchItems(a.tasks, b.tasks, [(t) => `title:${t.title}`, (t) => `code:${t.code}`]);
  const taskChanges: Change[] = [
    ...tasks.removed.map((t): Change => ({ kind: "removed", item: t.code, field: "title", before: t.title })),
    ...tasks.pairs.flatMap(({ before, after }): Change[] => [
      ...(before.code !== after.code ? [{ kind: "moved" as const, item: after.code, field: "code", before: before.code, after: after.code }] : []),
      ...scalar("title", before.title, after.title, after.code),
      ...diffList(before.knowledge, after.knowledge, { item: after.code, field: "knowledge" }),
      ...diffList(before.skills, after.skills, { item: after.code, field: "skills" }),
    ]),
    ...tasks.added.flatMap((t): Change[] => [
      { kind: "added", item: t.code, field: "title", after: t.title },
      ...t.knowledge.map((text): Change => ({ kind: "added", item: t.code, field: "knowledge", after: text })),
      ...t.skills.map((text): Change => ({ kind: "added", item: t.code, field: "skills", after: text })),
    ]),
  ];

  const competences = matchItems(a.competences, b.competences, [(c) => `title:${c.title}`, (c) => `code:${c.code}`]);
  const competenceChanges: Change[] = [
    ...competences.removed.map((c): Change => ({ kind: "removed", item: c.code, field: "title", before: c.title })),
    ...competences.pairs.flatMap(({ before, after }): Change[] => [
      ...(before.code !== after.code ? [{ kind: "moved" as const, item: after.code, field: "code", before: before.code, after: after.code }] : []),
      ...scalar("title", before.title, after.title, after.code),
      ...diffList(before.taskCodes, after.taskCodes, { item: after.code, field: "taskCodes" }),
    ]),
    ...competences.added.map((c): Change => ({ kind: "added", item: c.code, field: "title", after: `${c.title} (${c.taskCodes.join(", ")})` })),
  ];

  const keys = matchItems(a.keyCompetences, b.keyCompetences, [(k) => k.name]);
  const keyChanges: Change[] = [
    ...keys.removed.map((k): Change => ({ kind: "removed", item: k.name, field: "level", before: levelText(k.level) })),
    ...keys.pairs.flatMap(({ before, after }): Change[] =>
      before.level === after.level
        ? []
        : [{ kind: "changed", item: after.name, field: "level", before: levelText(before.level), after: levelText(after.level) }],
    ),
    ...keys.added.map((k): Change => ({ kind: "added", item: k.name, field: "level", after: levelText(k.level) })),
  ];

  return compact([
    {
      section: "fields",
      changes: [
        ...scalar("title", a.title, b.title),
        ...scalar("summary", a.summary ?? null, b.summary ?? null),
        ...scalar("synthesis", a.synthesis, b.synthesis),
        ...scalar("workDescription", a.workDescription, b.workDescription),
        ...scalar("incompleteAt", a.incompleteAt ?? null, b.incompleteAt ?? null),
      ],
    },
    { section: "subsections", changes: subsectionChanges },
    { section: "tasks", changes: taskChanges },
    { section: "competences", changes: competenceChanges },
    { section: "socialCompetences", changes: diffList(a.socialCompetences, b.socialCompetences) },
    { section: "keyCompetences", changes: keyChanges },
    { section: "altTitles", changes: diffList(a.altTitles, b.altTitles) },
  ]);
}

export function diffPosition(a: PositionSnapshot, b: PositionSnapshot): SectionDiff[] {
  const sections = matchItems(a.sections, b.sections, [(s) => `heading:${s.heading}`, (s, i) => `index:${i}`]);
  const sectionChanges: Change[] = [
    ...sections.removed.map((s): Change => ({ kind: "removed", item: s.heading, field: "heading", before: s.heading })),
    ...sections.pairs.flatMap(({ before, after }): Change[] => [
      ...scalar("heading", before.heading, after.heading, after.heading),
      ...scalar("text", before.text, after.text, after.heading),
      ...diffList(before.items, after.items, { item: after.heading, field: "items" }),
    ]),
    ...sections.added.flatMap((s): Change[] => [
      { kind: "added", item: s.heading, field: "heading", after: s.heading },
      ...(s.text ? [{ kind: "added" as const, item: s.heading, field: "text", after: s.text }] : []),
      ...s.items.map((text): Change => ({ kind: "added", item: s.heading, field: "items", after: text })),
    ]),
  ];
  const requirements = matchItems(a.requirements, b.requirements, [(r) => `label:${r.label}`, (r, i) => `index:${i}`]);
  const requirementChanges: Change[] = [
    ...requirements.removed.map((r): Change => ({ kind: "removed", item: r.label, field: "value", before: r.value })),
    ...requirements.pairs.flatMap(({ before, after }): Change[] => [
      ...scalar("label", before.label, after.label, after.label),
      ...scalar("value", before.value, after.value, after.label),
    ]),
    ...requirements.added.map((r): Change => ({ kind: "added", item: r.label, field: "value", after: r.value })),
  ];
  return compact([
    {
      section: "fields",
      changes: [...scalar("title", a.title, b.title), ...scalar("employer", a.employer, b.employer), ...scalar("summary", a.summary, b.summary)],
    },
    { section: "occupation", changes: scalar("occupationCode", a.occupationCode, b.occupationCode) },
    { section: "sections", changes: sectionChanges },
    { section: "duties", changes: diffList(a.duties, b.duties) },
    { section: "requirements", changes: requirementChanges },
  ]);
}

/** A classification entry: name, description, flag, preferred title; group tasks; other titles per source. */
export function diffOccupation(a: OccupationSnapshot, b: OccupationSnapshot): SectionDiff[] {
  const flag = (v: boolean) => (v ? "✓" : "✗");
  const titles = (s: OccupationSnapshot, source: string) => s.altTitles.filter((t) => t.source === source).map((t) => `${t.title} (${t.language})`);
  return compact([
    {
      section: "fields",
      changes: [
        ...scalar("name", a.name, b.name),
        ...scalar("description", a.description, b.description),
        ...(a.isVocational !== b.isVocational
          ? [{ kind: "changed" as const, field: "isVocational", before: flag(a.isVocational), after: flag(b.isVocational) }]
          : []),
        ...scalar("preferredTitle", a.preferredTitle, b.preferredTitle),
      ],
    },
    { section: "groupTasks", changes: diffList(a.groupTasks, b.groupTasks) },
    {
      section: "otherTitles",
      changes: ["gus", "esco", "kzis", "editor"].flatMap((source) => diffList(titles(a, source), titles(b, source), { field: `source_${source}` })),
    },
  ]);
}

export function diffSnapshots(type: EntityType, a: Snapshot, b: Snapshot): SectionDiff[] {
  if (type === "occupation") return diffOccupation(a as OccupationSnapshot, b as OccupationSnapshot);
  return type === "profile" ? diffProfile(a as ProfileSnapshot, b as ProfileSnapshot) : diffPosition(a as PositionSnapshot, b as PositionSnapshot);
}

function compact(sections: SectionDiff[]): SectionDiff[] {
  return sections.filter((s) => s.changes.length > 0);
}

export function countChanges(diff: readonly SectionDiff[]): number {
  return diff.reduce((n, s) => n + s.changes.length, 0);
}
