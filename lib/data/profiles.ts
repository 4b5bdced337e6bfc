import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jobSectionFieldSchema } from "@/lib/validation/document";
import { profileContentSelect, toProfileContent, toProfileOrigins } from "./profile-content";
import {
  positionKindSchema,
  sourceDocumentKindSchema,
  type OccupationPositions,
  type PositionDetail,
  type PositionSummary,
  type ProfileDetail,
} from "@/lib/validation/profile";

/**
 * Reads of described occupation profiles (INFOdoradca+) and of positions (job descriptions,
 * qualification requirements). Everything comes back as plain objects in source order, matching
 * the zod shapes in lib/validation/profile.ts.
 */

const sourceDocumentSelect = { fileName: true, kind: true, language: true, importedAt: true } satisfies Prisma.SourceDocumentSelect;

const positionSummarySelect = { id: true, kind: true, language: true, title: true, employer: true } satisfies Prisma.PositionSelect;

type PositionSummaryRow = Prisma.PositionGetPayload<{ select: typeof positionSummarySelect }>;

function toPositionSummary(row: PositionSummaryRow): PositionSummary {
  return { id: row.id, kind: positionKindSchema.parse(row.kind), language: row.language, title: row.title, employer: row.employer };
}

/** Section items are stored as a JSON array of strings; anything else there is ignored rather than breaking the page. */
function jsonStrings(value: Prisma.JsonValue): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === "string");
}

export async function getProfileByCode(code: string): Promise<ProfileDetail | null> {
  const row = await db.profile.findUnique({
    where: { occupationCode: code },
    select: {
      id: true,
      occupationCode: true,
      title: true,
      synthesis: true,
      workDescription: true,
      incompleteAt: true,
      version: true,
      updatedAt: true,
      ...profileContentSelect,
      sources: {
        select: { part: true, document: { select: sourceDocumentSelect } },
        orderBy: { document: { importedAt: "asc" } },
      },
    },
  });
  if (!row) return null;

  return {
    id: row.id,
    occupationCode: row.occupationCode,
    title: row.title,
    synthesis: row.synthesis,
    workDescription: row.workDescription,
    incompleteAt: row.incompleteAt,
    version: row.version,
    updatedAt: row.updatedAt,
    ...toProfileContent(row),
    origins: toProfileOrigins(row),
    sources: row.sources.map((s) => ({
      part: s.part,
      fileName: s.document.fileName,
      kind: sourceDocumentKindSchema.parse(s.document.kind),
      language: s.document.language,
      importedAt: s.document.importedAt,
    })),
  };
}

export async function getPositionById(id: number): Promise<PositionDetail | null> {
  const row = await db.position.findUnique({
    where: { id },
    select: {
      ...positionSummarySelect,
      summary: true,
      version: true,
      updatedAt: true,
      occupation: { select: { code: true, name: true } },
      document: { select: sourceDocumentSelect },
      sections: { select: { number: true, field: true, heading: true, text: true, items: true }, orderBy: { order: "asc" } },
      duties: { select: { text: true }, orderBy: { order: "asc" } },
      requirements: { select: { label: true, value: true }, orderBy: { order: "asc" } },
      suggestions: {
        select: { rank: true, score: true, occupation: { select: { code: true, name: true } } },
        orderBy: { rank: "asc" },
      },
    },
  });
  if (!row) return null;
  return {
    ...toPositionSummary(row),
    summary: row.summary,
    version: row.version,
    updatedAt: row.updatedAt,
    occupation: row.occupation,
    sections: row.sections.map((s) => ({
      number: s.number,
      field: jobSectionFieldSchema.nullable().catch(null).parse(s.field),
      heading: s.heading,
      text: s.text,
      items: jsonStrings(s.items),
    })),
    duties: row.duties.map((d) => d.text),
    requirements: row.requirements,
    suggestions: row.suggestions.map((s) => ({ code: s.occupation.code, name: s.occupation.name, rank: s.rank, score: s.score })),
    source: {
      fileName: row.document.fileName,
      kind: sourceDocumentKindSchema.parse(row.document.kind),
      language: row.document.language,
      importedAt: row.document.importedAt,
    },
  };
}

/**
 * Positions for one occupation code, kept apart: those assigned to it, and those for which it is
 * only a similarity suggestion (a position assigned to this code is never listed twice).
 */
export async function listPositionsForOccupation(code: string): Promise<OccupationPositions> {
  const [assigned, suggested] = await Promise.all([
    db.position.findMany({ where: { occupationCode: code }, select: positionSummarySelect, orderBy: [{ title: "asc" }, { id: "asc" }] }),
    db.codeSuggestion.findMany({
      // NOTE: SQL `<>` is never true against NULL, so unassigned positions need their own branch.
      where: { occupationCode: code, position: { OR: [{ occupationCode: null }, { occupationCode: { not: code } }] } },
      select: { rank: true, score: true, position: { select: positionSummarySelect } },
      orderBy: [{ score: "desc" }, { positionId: "asc" }],
    }),
  ]);
  return {
    assigned: assigned.map(toPositionSummary),
    suggested: suggested.map((s) => ({ ...toPositionSummary(s.position), rank: s.rank, score: s.score })),
  };
}
