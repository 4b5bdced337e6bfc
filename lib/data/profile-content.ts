import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedSubsection } from "@/lib/validation/document";
import { originKindSchema, type Origin, type ProfileOrigins } from "@/lib/validation/provenance";

/**
 * The described part of a profile (section 2's summary and subsections, tasks with their items,
 * competences, social and key competences), selected and shaped once for both the public pages (lib/data/profiles.ts) and the
 * editor's snapshots (lib/data/editor-snapshots.ts), so the two can never read it differently.
 */
export const profileContentSelect = {
  tasks: {
    select: {
      id: true,
      code: true,
      title: true,
      origin: true,
      originRef: true,
      items: { select: { kind: true, text: true, origin: true, originRef: true }, orderBy: { position: "asc" } },
    },
    orderBy: { position: "asc" },
  },
  competences: { select: { code: true, title: true, tasks: { select: { taskId: true } } }, orderBy: { position: "asc" } },
  socialCompetences: { select: { text: true }, orderBy: { position: "asc" } },
  keyCompetences: { select: { name: true, level: true, origin: true }, orderBy: { position: "asc" } },
  summary: true,
  subsections: { select: { section: true, level: true, heading: true, text: true }, orderBy: [{ section: "asc" }, { position: "asc" }] },
} satisfies Prisma.ProfileSelect;

type ProfileContentRow = Prisma.ProfileGetPayload<{ select: typeof profileContentSelect }>;

export type ProfileContent = {
  tasks: { code: string; title: string; knowledge: string[]; skills: string[] }[];
  competences: { code: string; title: string; taskCodes: string[] }[];
  socialCompetences: string[];
  keyCompetences: { name: string; level: number | null }[];
  summary: string | null;
  subsections: ParsedSubsection[];
};

export function toProfileContent(row: ProfileContentRow): ProfileContent {
  // Competence → task links are stored by task id; give them back as task codes in task order.
  const taskOrder = new Map(row.tasks.map((t, i) => [t.id, i]));
  return {
    tasks: row.tasks.map((t) => ({
      code: t.code,
      title: t.title,
      knowledge: t.items.filter((i) => i.kind === "knowledge").map((i) => i.text),
      skills: t.items.filter((i) => i.kind === "skill").map((i) => i.text),
    })),
    competences: row.competences.map((c) => ({
      code: c.code,
      title: c.title,
      taskCodes: c.tasks
        .map((link) => taskOrder.get(link.taskId))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b)
        .map((i) => row.tasks[i]?.code)
        .filter((code): code is string => code !== undefined),
    })),
    socialCompetences: row.socialCompetences.map((s) => s.text),
    keyCompetences: row.keyCompetences.map((k) => ({ name: k.name, level: k.level })),
    summary: row.summary,
    // The level column holds what the import or the editor's schema allowed (0 | 1 | 2); anything else reads as a part.
    // In the source's order: by the page's section (several documents may hold them), then as the document listed them.
    subsections: row.subsections.map((s) => ({ section: s.section, level: s.level === 2 ? 2 : s.level === 0 ? 0 : 1, heading: s.heading, text: s.text })),
  };
}

/** Per-item origins, parallel to toProfileContent's tasks and key competences. */
export function toProfileOrigins(row: ProfileContentRow): ProfileOrigins {
  const origin = (kind: string, ref: string | null): Origin => ({ kind: originKindSchema.catch("document").parse(kind), ref });
  return {
    tasks: row.tasks.map((t) => ({
      task: origin(t.origin, t.originRef),
      knowledge: t.items.filter((i) => i.kind === "knowledge").map((i) => origin(i.origin, i.originRef)),
      skills: t.items.filter((i) => i.kind === "skill").map((i) => origin(i.origin, i.originRef)),
    })),
    // A level the source did not give stays unknown whoever wrote the row: its origin says who set a level.
    keyCompetences: row.keyCompetences.map((k) => origin(k.origin, null)),
  };
}

