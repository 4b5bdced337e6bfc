/**
 * The rules of writing an imported document, once for both databases: what is "the same
 * document" (its key), when new content is "unchanged" or "updated", and which rows a parsed
 * document becomes. The dialect adapters (lib/store/sqlite, lib/store/pg) only execute the plan.
 * - The same content again (same checksum under the same document key) changes nothing: "unchanged".
 * - New content of a known document keeps the previous parsed version as a DocumentRevision: "updated".
 * - Profiles are filed under their KZiS code; a section-3 page (tasks), a section-2 page
 *   (description) and a page of only sections 1, 4–7 ("sections") of the same code are documents that
 *   merge into one Profile, in any order: each replaces only the sections it holds (sectionsOnWrite).
 * - A code given by a position's document is fact; one assigned by an editor survives a re-import.
 * - Nothing is lost on re-import: new content that holds less than the stored version of the same
 *   document (same key, so the same part of a profile) is refused as "poorer" (contentLoss), unless
 *   the import is forced (`--replace`, the upload's "replace"); forced, the old version stays a revision.
 * - An untitled document's key is its text's checksum: two untitled documents never share one.
 * Pure: no I/O, so tests/store/document-plan.test.ts checks the rules without a database.
 */
import crypto from "node:crypto";
import type { WriteInput } from "@/lib/import/prepare";
import { JOB_SECTION_FIELDS, type JobSectionField, type ParsedDocument } from "@/lib/validation/document";
import { ImportError, REMOVABLE, type ContentLoss, type Removal } from "@/lib/import/errors";

export type WriteStatus = "imported" | "updated" | "unchanged";
export type WriteResult = {
  status: WriteStatus;
  documentId: number;
  documentKey: string;
  /** What the search index must refresh. */
  occupationCodes: string[];
  positionIds: number[];
};

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/**
 * Identifies "the same document" across versions of its content: a profile by its code and part, a
 * titled document by its kind, language, employer and title. An untitled one has only its text
 * (`checksum`): the parser's stand-in title is shared by every untitled document.
 */
export function documentKeyOf(parsed: ParsedDocument, checksum: string): string {
  if (parsed.kind === "occupation-profile") return `occupation-profile:${parsed.code}:${parsed.part}`;
  if (parsed.untitled) return `${parsed.kind}:untitled:${checksum.slice(0, 32)}`;
  return `${parsed.kind}:${sha256([parsed.language, parsed.employer ?? "", parsed.title].join("\u0000")).slice(0, 32)}`;
}

// The shape of a loss lives beside the import's errors (lib/import may not import the store); the rule is here.
export type { ContentLoss, Removal };

/**
 * The rule of "poorer", once: `incoming` would lose content of `stored` (the same document, so the
 * same part of a profile). Lists count as lost by how many fewer entries they have; a task's items
 * by how many fewer its own code has now (a task gone loses all its items). null: nothing lost.
 */
export function contentLoss(stored: ParsedDocument, incoming: ParsedDocument): ContentLoss | null {
  const fewer = (before: number, after: number) => Math.max(0, before - after);
  const itemsOf = (t: ParsedDocument["tasks"][number] | undefined) => (t ? t.knowledge.length + t.skills.length : 0);
  const newTask = new Map(incoming.tasks.map((t) => [t.code, t]));
  const counts: Record<Removal["what"], number> = {
    tasks: stored.tasks.filter((t) => !newTask.has(t.code)).length,
    items: stored.tasks.reduce((sum, t) => sum + fewer(itemsOf(t), itemsOf(newTask.get(t.code))), 0),
    competences: fewer(stored.competences.length, incoming.competences.length),
    socialCompetences: fewer(stored.socialCompetences.length, incoming.socialCompetences.length),
    keyCompetences: fewer(stored.keyCompetences.length, incoming.keyCompetences.length),
    subsections: fewer(stored.subsections?.length ?? 0, incoming.subsections.length),
    sections: fewer(stored.sections.length, incoming.sections.length),
    duties: fewer(stored.duties.length, incoming.duties.length),
    requirements: fewer(stored.requirements.length, incoming.requirements.length),
  };
  const removed = REMOVABLE.filter((what) => counts[what] > 0).map((what) => ({ what, count: counts[what] }));
  // A version stored before the flag existed has no `incomplete`: it counts as whole.
  const incomplete = incoming.incomplete && !stored.incomplete ? incoming.incomplete : null;
  return removed.length > 0 || incomplete ? { removed, incomplete } : null;
}

/** "3 tasks, 12 items; cut off at Z4" — for the CLI and logs (the UI translates the parts). */
export function describeLoss(loss: ContentLoss): string {
  const parts = loss.removed.map((r) => `${r.count} ${r.what}`).join(", ");
  const cut = loss.incomplete ? `the new copy is cut off at ${loss.incomplete.at}` : "";
  return [parts && `it would remove ${parts}`, cut].filter(Boolean).join("; ");
}

/** The refusal of a poorer import (code "poorer"), carrying what it would remove. */
export function poorerError(fileName: string, loss: ContentLoss): ImportError {
  return new ImportError("poorer", `the stored version holds more: ${describeLoss(loss)}. Use --replace (the upload: "replace") to save it anyway`, fileName, {
    loss,
  });
}

/** The stored version of a document (SourceDocument): `parsed` is JSON text on SQLite, an object on PostgreSQL. */
export type StoredVersion = { checksum: string; parsed: unknown };

function storedParsed(existing: StoredVersion): ParsedDocument {
  return (typeof existing.parsed === "string" ? JSON.parse(existing.parsed) : existing.parsed) as ParsedDocument;
}

/** What writing `parsed` (text `checksum`) over `existing` would remove; null: nothing stored, the same text, or nothing lost. */
export function lossOnWrite(existing: StoredVersion | undefined, checksum: string, parsed: ParsedDocument): ContentLoss | null {
  if (!existing || existing.checksum === checksum) return null;
  return contentLoss(storedParsed(existing), parsed);
}

/** Forcing a poorer version over the stored one (`--replace`, the upload's "replace"). */
export type WriteOptions = { replace?: boolean };

/** Throws "poorer" when the plan would lose stored content and the import is not forced. */
export function refuseIfPoorer(existing: StoredVersion | undefined, plan: DocumentPlan, options: WriteOptions): void {
  if (options.replace) return;
  const loss = lossOnWrite(existing, plan.checksum, plan.parsed);
  if (loss) throw poorerError(plan.source.fileName, loss);
}

/** The key and checksum a write would use, for reading the stored version without a plan (the dry run). */
export function identityOf(input: WriteInput): { documentKey: string; checksum: string } {
  const checksum = sha256(input.text);
  return { documentKey: documentKeyOf(input.parsed, checksum), checksum };
}

/** Positions count from 1 in every child table. */
type Numbered<T> = T & { position: number };

export type ProfilePlan = {
  code: string;
  title: string;
  part: string;
  /** Set when the document holds section 2 (description): its text is replaced whole. */
  description: {
    summary: string | null;
    synthesis: string | null;
    workDescription: string | null;
  } | null;
  /**
   * The subsections of sections 1, 2 and 4–7 the document holds, in the source's order; the rows of
   * `sections` (these, and those its stored version held: sectionsOnWrite) are replaced whole, the
   * other sections' rows, another document's, stay.
   */
  subsections: { sections: number[]; rows: Numbered<{ section: number; level: number; heading: string; text: string }>[] };
  /** Set when the document holds section 3 (tasks): the tasks part is replaced whole, with where its source ends if cut off. */
  tasks: {
    incompleteAt: string | null;
    tasks: Numbered<{ code: string; title: string; items: Numbered<{ kind: "knowledge" | "skill"; text: string }>[] }>[];
    /** taskPositions: the positions of the tasks a competence names (by code, the last task of a code wins). */
    competences: Numbered<{ code: string; title: string; taskPositions: number[] }>[];
    socialCompetences: Numbered<{ text: string }>[];
    keyCompetences: Numbered<{ name: string; level: number | null }>[];
  } | null;
};

export type PositionPlan = {
  kind: string;
  language: string;
  title: string;
  employer: string | null;
  summary: string | null;
  /** The document's own code; null lets an editor's code survive (occupationCodeFor). */
  documentCode: string | null;
  /** number and field: a job description's section as the form numbers it and the field it is (jobSectionOf); null otherwise. */
  sections: Numbered<{ number: string | null; field: JobSectionField | null; heading: string; text: string; items: string }>[];
  duties: Numbered<{ text: string }>[];
  requirements: Numbered<{ label: string; value: string }>[];
  suggestions: Numbered<{ code: string; score: number }>[];
};

export type DocumentPlan = {
  documentKey: string;
  checksum: string;
  /** The new content, for the comparison with the stored version (contentLoss). */
  parsed: ParsedDocument;
  source: { fileName: string; kind: string; language: string; format: string; byteSize: number; warnings: string; parsed: string };
  /** Imported tasks and items carry the document's file name as provenance (origin "document"). */
  originRef: string;
} & ({ profile: ProfilePlan; position: null } | { profile: null; position: PositionPlan });

const numbered = <T>(list: T[]): Numbered<T>[] => list.map((value, i) => ({ ...value, position: i + 1 }));

/**
 * What a parsed document becomes. Throws ImportError for a profile that cannot be filed (no code);
 * whether its code is in KZiS is the store's check (it needs the database).
 */
export function planDocument(input: WriteInput): DocumentPlan {
  const { parsed } = input;
  const base = {
    ...identityOf(input),
    parsed,
    source: {
      fileName: input.fileName,
      kind: parsed.kind,
      language: parsed.language,
      format: input.format,
      byteSize: input.byteSize,
      warnings: JSON.stringify(parsed.warnings),
      parsed: JSON.stringify(parsed),
    },
    originRef: input.fileName,
  };
  if (parsed.kind === "occupation-profile") {
    if (!parsed.code)
      throw new ImportError("corrupt", "the profile names no KZiS code (“Kod: 351402”), so it cannot be filed under an occupation", input.fileName);
    return { ...base, profile: planProfile(parsed, parsed.code), position: null };
  }
  return {
    ...base,
    profile: null,
    position: {
      kind: parsed.kind,
      language: parsed.language,
      title: parsed.title,
      employer: parsed.employer,
      summary: parsed.summary,
      documentCode: parsed.code,
      sections: numbered(
        parsed.sections.map((s) => ({ ...jobSectionOf(parsed, s.heading), heading: s.heading, text: s.text, items: JSON.stringify(s.items) })),
      ),
      duties: numbered(parsed.duties.map((text) => ({ text }))),
      requirements: numbered(parsed.requirements.map((r) => ({ label: r.label, value: r.value }))),
      suggestions: numbered(input.suggestedCodes.map((s) => ({ code: s.code, score: s.score }))),
    },
  };
}

/**
 * The job-description field a section is, and the form's number of it: the parser reads each
 * numbered section into both `sections` (in order) and its field of `jobDescription`, under the same heading.
 */
function jobSectionOf(parsed: ParsedDocument, heading: string): { number: string | null; field: JobSectionField | null } {
  const fields = parsed.jobDescription;
  const field = fields ? JOB_SECTION_FIELDS.find((f) => fields[f]?.heading === heading) : undefined;
  return field ? { number: fields![field]!.number, field } : { number: null, field: null };
}

function planProfile(parsed: ParsedDocument, code: string): ProfilePlan {
  const hasTasks = parsed.part === "tasks" || parsed.part === "both";
  const hasDescription = parsed.part === "description" || parsed.part === "both";
  // By code, the last task of a code wins; items belong to their own task.
  const taskPositionOf = new Map(parsed.tasks.map((t, i) => [t.code, i + 1]));
  return {
    code,
    title: parsed.title,
    part: parsed.part as string,
    description: hasDescription
      ? {
          summary: parsed.summary,
          synthesis: parsed.synthesis,
          workDescription: parsed.workDescription,
        }
      : null,
    subsections: {
      sections: sectionsOf(parsed, hasDescription),
      rows: numbered(parsed.subsections.map((s) => ({ section: s.section, level: s.level, heading: s.heading, text: s.text }))),
    },
    tasks: hasTasks
      ? {
          incompleteAt: parsed.incomplete?.at ?? null,
          tasks: numbered(
            parsed.tasks.map((task) => ({
              code: task.code,
              title: task.title,
              // Knowledge first, then skills, each numbered from 1 (as the document lists them).
              items: [
                ...numbered(task.knowledge.map((text) => ({ kind: "knowledge" as const, text }))),
                ...numbered(task.skills.map((text) => ({ kind: "skill" as const, text }))),
              ],
            })),
          ),
          competences: numbered(
            parsed.competences.map((c) => ({
              code: c.code,
              title: c.title,
              // A competence may name a task that a cut-off page lost; the parser warned about it.
              taskPositions: [...new Set(c.taskCodes.flatMap((t) => (taskPositionOf.has(t) ? [taskPositionOf.get(t)!] : [])))],
            })),
          ),
          socialCompetences: numbered(parsed.socialCompetences.map((text) => ({ text }))),
          keyCompetences: numbered(parsed.keyCompetences.map((k) => ({ name: k.name, level: k.level }))),
        }
      : null,
  };
}

/** The page sections (not 3) whose subsections a document holds: section 2 whole when it has the description part, even without subsections. */
function sectionsOf(parsed: Pick<ParsedDocument, "subsections">, hasDescription: boolean): number[] {
  // A version stored before sections 1 and 4–7 were read has subsections without a section: they are section 2's.
  const held = new Set((parsed.subsections ?? []).map((s) => s.section ?? 2));
  if (hasDescription) held.add(2);
  return [...held].sort((a, b) => a - b);
}

/**
 * The sections whose stored subsections a write replaces: the new version's and the stored
 * version's of the same document, so that a forced poorer version (`--replace`) without a section
 * also removes what the document itself put there; another document's sections stay.
 */
export function sectionsOnWrite(existing: StoredVersion | undefined, profile: ProfilePlan): number[] {
  if (!existing) return profile.subsections.sections;
  const stored = storedParsed(existing);
  const storedHasDescription = stored.part === "description" || stored.part === "both";
  return [...new Set([...profile.subsections.sections, ...sectionsOf(stored, storedHasDescription)])].sort((a, b) => a - b);
}

/** "unchanged" when the stored checksum is the new one; otherwise updated or imported. */
export function statusOf(existing: { checksum: string } | undefined, plan: DocumentPlan): WriteStatus {
  if (!existing) return "imported";
  return existing.checksum === plan.checksum ? "unchanged" : "updated";
}

/** A code given by the document is fact; one assigned by an editor survives a re-import. */
export function occupationCodeFor(position: PositionPlan, existingCode: string | null | undefined): string | null {
  return position.documentCode ?? existingCode ?? null;
}

/** What the search index must refresh after the plan was written. */
export function writtenEntries(plan: DocumentPlan, positionId: number | null): Pick<WriteResult, "occupationCodes" | "positionIds"> {
  return plan.profile ? { occupationCodes: [plan.profile.code], positionIds: [] } : { occupationCodes: [], positionIds: [positionId as number] };
}

export function unknownCodeError(plan: DocumentPlan): ImportError {
  return new ImportError("corrupt", `the profile's code ${plan.profile?.code} is not in the KZiS classification`, plan.source.fileName);
}
