import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jobSectionFieldSchema } from "@/lib/validation/document";
import type { PositionSnapshot, ProfileSnapshot } from "@/lib/validation/editor";
import { originOf, originKindSchema, type Origin, type SnapshotProvenance } from "@/lib/validation/provenance";
import { profileContentSelect, toProfileContent } from "./profile-content";

/**
 * Reading an entry from the live tables as an editor snapshot, and writing a snapshot back into
 * them. Both run inside the caller's transaction (publishing is one transaction).
 */

type Tx = Prisma.TransactionClient;

/** Editor-added alternative titles; GUS and ESCO titles are reference data (reloaded whole). */
export const EDITOR_TITLE_SOURCE = "editor";

export type LiveProfile = { id: number; version: number; updatedAt: Date; snapshot: ProfileSnapshot };
export type LivePosition = {
  id: number;
  version: number;
  updatedAt: Date;
  snapshot: PositionSnapshot;
  kind: string;
  language: string;
  suggestions: { code: string; name: string; score: number }[];
};

export async function readLiveProfile(tx: Tx, code: string): Promise<LiveProfile | null> {
  const row = await tx.profile.findUnique({
    where: { occupationCode: code },
    select: {
      id: true,
      version: true,
      updatedAt: true,
      title: true,
      synthesis: true,
      workDescription: true,
      incompleteAt: true,
      ...profileContentSelect,
      occupation: { select: { altTitles: { where: { source: EDITOR_TITLE_SOURCE }, select: { title: true, origin: true }, orderBy: { id: "asc" } } } },
    },
  });
  if (!row) return null;
  // The stored origins, keyed by text as the snapshot keeps them (lib/validation/provenance.ts).
  const provenance: SnapshotProvenance = { tasks: {}, items: {}, altTitles: {}, keyCompetences: {} };
  const origin = (kind: string, ref: string | null): Origin => ({ kind: originKindSchema.catch("document").parse(kind), ref });
  for (const task of row.tasks) {
    provenance.tasks[task.title] = origin(task.origin, task.originRef);
    for (const item of task.items) provenance.items[item.text] = origin(item.origin, item.originRef);
  }
  for (const k of row.keyCompetences) provenance.keyCompetences[k.name] = origin(k.origin, null);
  for (const a of row.occupation.altTitles) provenance.altTitles[a.title] = origin(a.origin ?? "editor", null);
  return {
    id: row.id,
    version: row.version,
    updatedAt: row.updatedAt,
    snapshot: {
      title: row.title,
      synthesis: row.synthesis,
      workDescription: row.workDescription,
      incompleteAt: row.incompleteAt,
      ...toProfileContent(row),
      altTitles: row.occupation.altTitles.map((a) => a.title),
      provenance,
    },
  };
}

/** The live position, for pages (the editor's form and its preview). */
export function getLivePosition(id: number): Promise<LivePosition | null> {
  return readLivePosition(db, id);
}

export async function readLivePosition(tx: Tx, id: number): Promise<LivePosition | null> {
  const row = await tx.position.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      updatedAt: true,
      kind: true,
      language: true,
      title: true,
      employer: true,
      summary: true,
      occupationCode: true,
      sections: { select: { number: true, field: true, heading: true, text: true, items: true }, orderBy: { order: "asc" } },
      duties: { select: { text: true }, orderBy: { order: "asc" } },
      requirements: { select: { label: true, value: true }, orderBy: { order: "asc" } },
      suggestions: { select: { score: true, occupation: { select: { code: true, name: true } } }, orderBy: { rank: "asc" } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    updatedAt: row.updatedAt,
    kind: row.kind,
    language: row.language,
    suggestions: row.suggestions.map((s) => ({ code: s.occupation.code, name: s.occupation.name, score: s.score })),
    snapshot: {
      title: row.title,
      employer: row.employer,
      summary: row.summary,
      occupationCode: row.occupationCode,
      sections: row.sections.map((s) => ({
        number: s.number,
        field: jobSectionFieldSchema.nullable().catch(null).parse(s.field),
        heading: s.heading,
        text: s.text,
        items: Array.isArray(s.items) ? s.items.filter((i): i is string => typeof i === "string") : [],
      })),
      duties: row.duties.map((d) => d.text),
      requirements: row.requirements,
    },
  };
}

/**
 * The Profile row's own fields of a snapshot, for the first publish's create and later publishes'
 * compare-and-set. A field an older snapshot lacks is undefined, which Prisma leaves as stored.
 */
export function profileRowFields(s: ProfileSnapshot) {
  return { title: s.title, summary: s.summary, synthesis: s.synthesis, workDescription: s.workDescription, incompleteAt: s.incompleteAt };
}

/** Replaces the profile's content with the snapshot (the row itself is updated by the caller's compare-and-set). */
export async function writeProfileContent(tx: Tx, profileId: number, occupationCode: string, s: ProfileSnapshot): Promise<void> {
  // Cascades remove task items and competence links with their parents.
  await tx.profileTask.deleteMany({ where: { profileId } });
  await tx.profileCompetence.deleteMany({ where: { profileId } });
  await tx.socialCompetence.deleteMany({ where: { profileId } });
  await tx.keyCompetence.deleteMany({ where: { profileId } });
  // A snapshot older than subsections has none to give: the stored ones stay (nothing lost).
  if (s.subsections) {
    await tx.profileSubsection.deleteMany({ where: { profileId } });
    if (s.subsections.length)
      await tx.profileSubsection.createMany({ data: s.subsections.map((sub, i) => ({ profileId, position: i + 1, section: sub.section, level: sub.level, heading: sub.heading, text: sub.text })) });
  }
  const taskIds = new Map<string, number>();
  const p = s.provenance;
  const itemOrigin = (text: string) => {
    const o = originOf(p, "items", text);
    return { origin: o.kind, originRef: o.ref };
  };
  for (const [i, task] of s.tasks.entries()) {
    const taskOrigin = originOf(p, "tasks", task.title);
    const created = await tx.profileTask.create({
      data: {
        profileId,
        position: i + 1,
        code: task.code,
        title: task.title,
        origin: taskOrigin.kind,
        originRef: taskOrigin.ref,
        items: {
          create: [
            ...task.knowledge.map((text, j) => ({ kind: "knowledge", position: j + 1, text, ...itemOrigin(text) })),
            ...task.skills.map((text, j) => ({ kind: "skill", position: task.knowledge.length + j + 1, text, ...itemOrigin(text) })),
          ],
        },
      },
      select: { id: true },
    });
    taskIds.set(task.code, created.id);
  }
  for (const [i, c] of s.competences.entries()) {
    const links = c.taskCodes.map((code) => taskIds.get(code)).filter((id): id is number => id !== undefined);
    await tx.profileCompetence.create({
      data: { profileId, position: i + 1, code: c.code, title: c.title, tasks: { create: [...new Set(links)].map((taskId) => ({ taskId })) } },
    });
  }
  if (s.socialCompetences.length) await tx.socialCompetence.createMany({ data: s.socialCompetences.map((text, i) => ({ profileId, position: i + 1, text })) });
  if (s.keyCompetences.length)
    await tx.keyCompetence.createMany({
      data: s.keyCompetences.map((k, i) => ({ profileId, position: i + 1, name: k.name, level: k.level, origin: originOf(p, "keyCompetences", k.name).kind })),
    });
  await tx.altTitle.deleteMany({ where: { occupationCode, source: EDITOR_TITLE_SOURCE } });
  if (s.altTitles.length)
    await tx.altTitle.createMany({
      data: s.altTitles.map((title) => ({ occupationCode, title, source: EDITOR_TITLE_SOURCE, language: "pl", origin: originOf(p, "altTitles", title).kind })),
    });
}

export async function writePositionContent(tx: Tx, positionId: number, s: PositionSnapshot): Promise<void> {
  await tx.positionSection.deleteMany({ where: { positionId } });
  await tx.positionDuty.deleteMany({ where: { positionId } });
  await tx.positionRequirement.deleteMany({ where: { positionId } });
  if (s.sections.length)
    await tx.positionSection.createMany({
      data: s.sections.map((sec, i) => ({ positionId, order: i + 1, number: sec.number ?? null, field: sec.field ?? null, heading: sec.heading, text: sec.text, items: sec.items })),
    });
  if (s.duties.length) await tx.positionDuty.createMany({ data: s.duties.map((text, i) => ({ positionId, order: i + 1, text })) });
  if (s.requirements.length) await tx.positionRequirement.createMany({ data: s.requirements.map((r, i) => ({ positionId, order: i + 1, label: r.label, value: r.value })) });
}
