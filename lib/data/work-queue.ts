import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { foldText } from "@/lib/text";
import type { OccupationLevel } from "@/lib/validation/occupation";
import { QUEUE_PAGE_SIZE, type WorkQueueQuery } from "@/lib/validation/work-queue";

/**
 * The editors' work queue: every KZiS entry (5 levels) with what an editor needs to pick the next
 * job: profile or not, drafts, missing description, repaired name, last published edit. One page
 * at a time: a count and a page of rows on indexed columns, plus small lookups for the page's rows
 * (drafts and revisions are few next to 35k entries). Timed by `npm run bench` (queue section).
 */

/** Drafts and revisions keyed by an occupation code: the classification entry itself and its profile. */
export const CODE_ENTITY_TYPES = ["occupation", "profile"] as const;

export type QueueRow = {
  code: string;
  level: OccupationLevel;
  name: string;
  hasDescription: boolean;
  isNameRepaired: boolean;
  profile: { version: number; updatedAt: Date } | null;
  /** Unpublished drafts of the entry and of its profile (a started profile has only a draft). */
  drafts: { entityType: string; author: string | null; updatedAt: Date; isNewProfile: boolean }[];
  lastEdit: Date | null;
};

export type QueuePage = { rows: QueueRow[]; total: number; page: number; pageSize: number };

async function codesWithDraft(): Promise<string[]> {
  const rows = await db.draft.findMany({ where: { entityType: { in: [...CODE_ENTITY_TYPES] } }, select: { entityKey: true } });
  return [...new Set(rows.map((r) => r.entityKey))];
}

async function codesEditedSince(since: Date): Promise<string[]> {
  const rows = await db.revision.findMany({
    where: { entityType: { in: [...CODE_ENTITY_TYPES] }, createdAt: { gte: since }, authorId: { not: null } },
    select: { entityKey: true },
    distinct: ["entityKey"],
  });
  return rows.map((r) => r.entityKey);
}

/** The typed filter of a queue query (STYLE §2: build the where before the query). */
export async function queueWhere(query: WorkQueueQuery): Promise<Prisma.OccupationWhereInput> {
  const and: Prisma.OccupationWhereInput[] = [];
  const q = query.q.trim();
  if (/^\d+$/.test(q)) and.push({ code: { startsWith: q } });
  else if (q) for (const word of foldText(q).split(/\s+/).filter(Boolean)) and.push({ searchName: { contains: word } });
  if (query.level) and.push({ level: query.level });
  if (query.prefix) and.push({ code: { startsWith: query.prefix } });
  if (query.profile === "yes") and.push({ profile: { isNot: null } });
  if (query.profile === "no") and.push({ profile: { is: null } });
  if (query.draft) {
    const codes = await codesWithDraft();
    and.push(query.draft === "yes" ? { code: { in: codes } } : { code: { notIn: codes } });
  }
  // The 504 "Opis w opracowaniu", 10 empty and 289 that only repeat the name load as null (803).
  if (query.missing) and.push({ level: "occupation", description: null });
  if (query.repaired) and.push({ isNameRepaired: true });
  if (query.since) and.push({ code: { in: await codesEditedSince(new Date(`${query.since}T00:00:00Z`)) } });
  return and.length ? { AND: and } : {};
}

function orderOf(query: WorkQueueQuery): Prisma.OccupationOrderByWithRelationInput[] {
  const dir = query.dir;
  // Names sort by their folded form, so "Ł…" sits with "L…" and case does not matter.
  if (query.sort === "name") return [{ searchName: dir }, { code: "asc" }];
  if (query.sort === "level") return [{ level: dir }, { code: "asc" }];
  return [{ code: dir }];
}

export async function listWorkQueue(query: WorkQueueQuery): Promise<QueuePage> {
  const where = await queueWhere(query);
  const pageSize = QUEUE_PAGE_SIZE;
  const [total, rows] = await Promise.all([
    db.occupation.count({ where }),
    db.occupation.findMany({
      where,
      select: {
        code: true,
        level: true,
        name: true,
        isNameRepaired: true,
        description: true,
        profile: { select: { version: true, updatedAt: true } },
      },
      orderBy: orderOf(query),
      skip: (query.page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  const codes = rows.map((r) => r.code);
  const [drafts, edits] = codes.length
    ? await Promise.all([
        db.draft.findMany({
          where: { entityType: { in: [...CODE_ENTITY_TYPES] }, entityKey: { in: codes } },
          select: { entityType: true, entityKey: true, baseVersion: true, updatedAt: true, author: { select: { name: true } } },
        }),
        db.revision.groupBy({
          by: ["entityKey"],
          where: { entityType: { in: [...CODE_ENTITY_TYPES] }, entityKey: { in: codes }, authorId: { not: null } },
          _max: { createdAt: true },
        }),
      ])
    : [[], []];
  const lastEdit = new Map(edits.map((e) => [e.entityKey, e._max.createdAt]));
  return {
    total,
    page: query.page,
    pageSize,
    rows: rows.map((r) => ({
      code: r.code,
      level: r.level as OccupationLevel,
      name: r.name,
      // Long descriptions are not sent to the page: only whether there is one.
      hasDescription: r.description !== null,
      isNameRepaired: r.isNameRepaired,
      profile: r.profile,
      drafts: drafts
        .filter((d) => d.entityKey === r.code)
        .map((d) => ({ entityType: d.entityType, author: d.author?.name ?? null, updatedAt: d.updatedAt, isNewProfile: d.entityType === "profile" && d.baseVersion === 0 })),
      lastEdit: lastEdit.get(r.code) ?? null,
    })),
  };
}
