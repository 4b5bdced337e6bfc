import "server-only";
import { db, transactions } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emptyProfileSnapshot, prefillProfile, type PrefillSkill, type PrefillSource } from "@/lib/editor/prefill-profile";
import type { ProfileSnapshot } from "@/lib/validation/editor";
import { recordAudit } from "./audit";

/**
 * Starting a profile for an occupation that has none: a Draft of entity "profile" with base
 * version 0 (no Profile row exists yet) holding the prefilled snapshot. Nothing is public until it
 * is published (lib/data/drafts.ts creates the Profile row then, compare-and-set on version 0).
 */

type Tx = Prisma.TransactionClient;

export type StartOutcome =
  | { ok: true; created: boolean }
  | { ok: false; reason: "not-found" | "exists" };

/** The reference rows the prefilled draft is built from. */
export async function readPrefillSource(tx: Tx, code: string): Promise<PrefillSource | null> {
  const row = await tx.occupation.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      level: true,
      description: true,
      altTitles: { where: { source: "gus" }, select: { title: true }, orderBy: { id: "asc" } },
      escoSkills: { select: { skill: { select: { label: true } } }, orderBy: { position: "asc" } },
      escoLinks: { select: { escoCode: true, esco: { select: { conceptUri: true } } }, orderBy: { escoCode: "asc" } },
    },
  });
  if (!row || row.level !== "occupation") return null;
  const escoCodes = row.escoLinks.map((l) => l.escoCode);
  const [unit, linked] = await Promise.all([
    tx.occupation.findUnique({ where: { code: code.slice(0, 4) }, select: { code: true, groupTasks: { select: { text: true }, orderBy: { position: "asc" } } } }),
    // Skills of the same ESCO occupations as attached to the other KZiS codes linked to them.
    escoCodes.length
      ? tx.escoLink.findMany({
          where: { escoCode: { in: escoCodes }, occupationCode: { not: code } },
          select: {
            esco: { select: { conceptUri: true } },
            occupation: { select: { escoSkills: { select: { skill: { select: { label: true } } }, orderBy: { position: "asc" } } } },
          },
          orderBy: [{ escoCode: "asc" }, { occupationCode: "asc" }],
        })
      : Promise.resolve([]),
  ]);
  const ownUri = row.escoLinks[0]?.esco.conceptUri ?? null;
  const linkedSkills: PrefillSkill[] = linked.flatMap((l) => l.occupation.escoSkills.map((s) => ({ label: s.skill.label, escoUri: l.esco.conceptUri })));
  return {
    code: row.code,
    name: row.name,
    description: row.description,
    unitGroup: unit ? { code: unit.code, tasks: unit.groupTasks.map((t) => t.text) } : null,
    ownSkills: row.escoSkills.map((s) => ({ label: s.skill.label, escoUri: ownUri })),
    linkedSkills,
    gusTitles: row.altTitles.map((a) => a.title),
  };
}

function toJson(value: ProfileSnapshot): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Creates the prefilled draft of a new profile. Two editors starting the same code at once: one
 * creates the draft, the other finds it (created: false) and edits the same draft, whose
 * revision then arbitrates their saves.
 */
export async function startProfile(code: string, actor: { id: string }, ip: string | null): Promise<StartOutcome> {
  try {
    return await db.$transaction(async (tx): Promise<StartOutcome> => {
      await transactions.lockForWriting(tx);
      const source = await readPrefillSource(tx, code);
      if (!source) return { ok: false, reason: "not-found" };
      if (await tx.profile.findUnique({ where: { occupationCode: code }, select: { id: true } })) return { ok: false, reason: "exists" };
      const existing = await tx.draft.findUnique({ where: { entityType_entityKey: { entityType: "profile", entityKey: code } }, select: { id: true } });
      if (existing) return { ok: true, created: false };
      await tx.draft.create({
        data: { entityType: "profile", entityKey: code, baseVersion: 0, base: toJson(emptyProfileSnapshot(source.name)), data: toJson(prefillProfile(source)), revision: 1, authorId: actor.id },
      });
      await recordAudit({ action: "profile-start", userId: actor.id, entity: `profile:${code}`, details: { baseVersion: 0 }, ip }, tx);
      return { ok: true, created: true };
    });
  } catch (error) {
    // Another start of the same code committed between our read and our insert.
    if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002") return { ok: true, created: false };
    throw error;
  }
}
