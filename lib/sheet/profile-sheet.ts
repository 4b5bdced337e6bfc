import type { KeyCompetence, ProfileDetail } from "@/lib/validation/profile";

/**
 * The one-page counselling sheet of an occupation: what fits on one A4 page in black and white,
 * chosen by fixed budgets so that the page never spills onto a second sheet, whatever the profile.
 * Pure: the page passes the rows it read. What is cut is said on the sheet ("… and 42 more"), and
 * the full profile's address is printed, so nothing is silently dropped.
 */

export const SHEET_BUDGET = {
  summaryChars: 600,
  itemChars: 130,
  tasks: 12,
  knowledge: 8,
  skills: 8,
} as const;

export type SheetText = { text: string; isCut: boolean };
export type SheetList = { items: SheetText[]; total: number };
export type ProfileSheet = {
  code: string;
  name: string;
  summary: SheetText | null;
  /** Where the summary comes from: the profile's synthesis or the KZiS description. */
  summarySource: "profile" | "kzis" | null;
  tasks: { code: string | null; title: SheetText }[];
  tasksTotal: number;
  /** Profile tasks, or the unit group's typical tasks when the occupation has no profile. */
  tasksSource: "profile" | "unitGroup" | null;
  knowledge: SheetList;
  skills: SheetList;
  /** Profile items, or the ESCO skills of the code when the occupation has no profile. */
  itemsSource: "profile" | "esco" | null;
  keyCompetences: KeyCompetence[];
  sources: { fileName: string; part: string }[];
};

export type SheetInput = {
  code: string;
  name: string;
  description: string | null;
  escoSkills: string[];
  profile: Pick<ProfileDetail, "synthesis" | "workDescription" | "tasks" | "keyCompetences" | "sources"> | null;
  unitGroupTasks: string[];
};

/** Cuts at a word boundary within `max` characters and marks the cut; whitespace runs fold to one space. */
export function cutText(text: string, max: number): SheetText {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return { text: clean, isCut: false };
  const head = clean.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  // At the last space, unless that would drop more than half the budget (one very long word).
  const cut = space > max * 0.5 ? head.slice(0, space) : head;
  return { text: `${cut.replace(/(?<![\s,;:.–-])[\s,;:.–-]+$/u, "")}…`, isCut: true };
}

/**
 * The first items of every task before the second of any: a sheet of eight items then covers
 * eight tasks rather than the first task's whole list. Items repeated across tasks are shown once.
 */
export function roundRobin(lists: string[][], max: number): SheetList {
  const seen = new Set<string>();
  const unique = lists.map((list) =>
    list.filter((item) => {
      const key = item.toLocaleLowerCase("pl");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
  const total = unique.reduce((n, l) => n + l.length, 0);
  const items: SheetText[] = [];
  for (let depth = 0; items.length < max; depth++) {
    let took = false;
    for (const list of unique) {
      if (depth < list.length && items.length < max) {
        items.push(cutText(list[depth]!, SHEET_BUDGET.itemChars));
        took = true;
      }
    }
    if (!took) break;
  }
  return { items, total };
}

export function buildProfileSheet(input: SheetInput): ProfileSheet {
  const { profile } = input;
  const summaryText = profile?.synthesis ?? profile?.workDescription ?? null;
  const summary = summaryText
    ? cutText(summaryText, SHEET_BUDGET.summaryChars)
    : input.description
      ? cutText(input.description, SHEET_BUDGET.summaryChars)
      : null;
  const summarySource = summaryText ? "profile" : input.description ? "kzis" : null;

  const hasTasks = profile !== null && profile.tasks.length > 0;
  const tasks = hasTasks
    ? profile.tasks.map((t) => ({ code: t.code, title: cutText(t.title, SHEET_BUDGET.itemChars) }))
    : input.unitGroupTasks.map((t) => ({ code: null, title: cutText(t, SHEET_BUDGET.itemChars) }));

  const hasItems = hasTasks && profile.tasks.some((t) => t.knowledge.length + t.skills.length > 0);
  const knowledge = hasItems
    ? roundRobin(
        profile.tasks.map((t) => t.knowledge),
        SHEET_BUDGET.knowledge,
      )
    : { items: [], total: 0 };
  const skills = hasItems
    ? roundRobin(
        profile.tasks.map((t) => t.skills),
        SHEET_BUDGET.skills,
      )
    : roundRobin([input.escoSkills], SHEET_BUDGET.skills);

  return {
    code: input.code,
    name: input.name,
    summary,
    summarySource,
    tasks: tasks.slice(0, SHEET_BUDGET.tasks),
    tasksTotal: tasks.length,
    tasksSource: tasks.length === 0 ? null : hasTasks ? "profile" : "unitGroup",
    knowledge,
    skills,
    itemsSource: hasItems ? "profile" : skills.total > 0 ? "esco" : null,
    keyCompetences: profile?.keyCompetences ?? [],
    sources: profile?.sources.map((s) => ({ fileName: s.fileName, part: s.part })) ?? [],
  };
}
