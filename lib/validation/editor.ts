import { z } from "zod";
import {
  occupationCode6Schema,
  parsedCompetenceSchema,
  parsedKeyCompetenceSchema,
  parsedRequirementSchema,
  parsedSectionSchema,
  parsedSubsectionSchema,
  parsedTaskSchema,
  jobSectionFieldSchema,
} from "./document";
import { occupationCodeSchema } from "./occupation";
import { snapshotProvenanceSchema } from "./provenance";

/**
 * What an editor edits: one snapshot of an entry, composed from the parsed-document schemas that
 * the import and the API use, so an edited entry obeys the same rules as an imported one.
 * Drafts and revisions store these snapshots as JSON. Custom messages are keys of admin.issues.
 */

const LIMITS = { text: 20_000, short: 500, items: 500 } as const;

const shortText = z.string().trim().min(1).max(LIMITS.short);
const optionalText = z
  .string()
  .trim()
  .max(LIMITS.text)
  .transform((v) => (v === "" ? null : v))
  .nullable();
const item = z.string().trim().min(1).max(LIMITS.text);

export const ENTITY_TYPES = ["profile", "position", "occupation"] as const;
const entityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityTypeSchema>;

export const profileSnapshotSchema = z
  .object({
    title: shortText,
    /**
     * Section 2's lead sentence and its subsections by heading, in order. Absent in snapshots older
     * than them: publishing such a snapshot (a restored old revision) leaves the stored ones as they are.
     */
    summary: optionalText.optional(),
    subsections: z
      .array(parsedSubsectionSchema.extend({ heading: shortText, text: z.string().trim().max(LIMITS.text) }))
      .max(100)
      .optional(),
    synthesis: optionalText,
    workDescription: optionalText,
    /**
     * Where the source of the tasks part was cut off (Profile.incompleteAt); the editor clears it
     * (null) once the profile is completed. Absent in older snapshots: the stored flag stays.
     */
    incompleteAt: z.string().trim().max(LIMITS.short).nullable().optional(),
    tasks: z.array(parsedTaskSchema.extend({ title: shortText, knowledge: z.array(item).max(LIMITS.items), skills: z.array(item).max(LIMITS.items) })).max(200),
    competences: z.array(parsedCompetenceSchema.extend({ title: shortText })).max(100),
    socialCompetences: z.array(item).max(LIMITS.items),
    keyCompetences: z.array(parsedKeyCompetenceSchema).max(20),
    /** Alternative titles added by editors (Polish); GUS and ESCO titles come from the reference data. */
    altTitles: z.array(shortText).max(LIMITS.items),
    /** Where each text came from (lib/validation/provenance.ts); absent in snapshots older than it. */
    provenance: snapshotProvenanceSchema.optional(),
    /**
     * Prefilled items not yet placed in a task (ESCO skills of a started profile): the editor moves
     * them into tasks as knowledge or skills. Draft-only: what is left here is not published.
     */
    candidates: z.array(item).max(2_000).optional(),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.tasks.forEach((task, i) => {
      if (seen.has(task.code)) ctx.addIssue({ code: "custom", path: ["tasks", i, "code"], message: "duplicateCode" });
      seen.set(task.code, i);
    });
    const competenceCodes = new Set<string>();
    p.competences.forEach((c, i) => {
      if (competenceCodes.has(c.code)) ctx.addIssue({ code: "custom", path: ["competences", i, "code"], message: "duplicateCode" });
      competenceCodes.add(c.code);
      c.taskCodes.forEach((code, j) => {
        if (!seen.has(code)) ctx.addIssue({ code: "custom", path: ["competences", i, "taskCodes", j], message: "unknownTask" });
      });
    });
    const names = new Set<string>();
    p.keyCompetences.forEach((k, i) => {
      if (names.has(k.name)) ctx.addIssue({ code: "custom", path: ["keyCompetences", i, "name"], message: "duplicateName" });
      names.add(k.name);
    });
    const titles = new Set<string>();
    p.altTitles.forEach((title, i) => {
      const key = title.toLocaleLowerCase("pl");
      if (titles.has(key)) ctx.addIssue({ code: "custom", path: ["altTitles", i], message: "duplicateTitle" });
      titles.add(key);
    });
  });
export type ProfileSnapshot = z.infer<typeof profileSnapshotSchema>;

const positionSnapshotSchema = z.object({
  title: shortText,
  employer: optionalText,
  summary: optionalText,
  /** The assigned KZiS occupation (6 digits), or null; a suggested code is accepted by copying it here. */
  occupationCode: z.union([z.literal("").transform(() => null), occupationCode6Schema]).nullable(),
  sections: z
    .array(
      parsedSectionSchema.extend({
        heading: shortText,
        text: z.string().trim().max(LIMITS.text),
        items: z.array(item).max(LIMITS.items),
        // Carried through an edit as the import set them (a section an editor adds has neither).
        number: z.string().trim().max(20).nullable().optional(),
        field: jobSectionFieldSchema.nullable().optional(),
      }),
    )
    .max(100),
  duties: z.array(item).max(LIMITS.items),
  requirements: z.array(parsedRequirementSchema.extend({ label: shortText, value: item })).max(LIMITS.items),
});
export type PositionSnapshot = z.infer<typeof positionSnapshotSchema>;

/** Where an other title of a classification entry comes from: the reference data (GUS, ESCO, or KZiS for the source's cut-off name kept beside a repaired one) or an editor. */
export const TITLE_SOURCES = ["gus", "esco", "kzis", "editor"] as const;
const entryTitleSchema = z.object({
  title: shortText,
  language: z.enum(["pl", "en", "kk", "ru"]),
  source: z.enum(TITLE_SOURCES),
});
export type EntryTitle = z.infer<typeof entryTitleSchema>;

/**
 * One classification entry (any of the five KZiS levels) as an editor corrects it
 * (docs/decisions/0012-classification-edits.md). Titles keep their source: editors add Polish titles
 * of their own and may remove reference titles, but cannot pass a title off as GUS's or ESCO's (the
 * publisher checks reference titles against the source). Reference titles come first, editors'
 * after, each in their own order: the order the live tables give back.
 */
export const occupationSnapshotSchema = z
  .object({
    name: shortText,
    description: optionalText,
    isVocational: z.boolean(),
    groupTasks: z.array(item).max(LIMITS.items),
    altTitles: z.array(entryTitleSchema).max(5_000),
    preferredTitle: z
      .string()
      .trim()
      .max(LIMITS.short)
      .transform((v) => (v === "" ? null : v))
      .nullable(),
  })
  .superRefine((o, ctx) => {
    const seen = new Set<string>();
    o.altTitles.forEach((t, i) => {
      if (t.source === "editor" && t.language !== "pl") ctx.addIssue({ code: "custom", path: ["altTitles", i, "language"], message: "editorTitlePolish" });
      const key = `${t.language}|${t.title.toLocaleLowerCase("pl")}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["altTitles", i, "title"], message: "duplicateTitle" });
      seen.add(key);
    });
    if (o.preferredTitle !== null && !o.altTitles.some((t) => t.title === o.preferredTitle)) {
      ctx.addIssue({ code: "custom", path: ["preferredTitle"], message: "unknownPreferredTitle" });
    }
  })
  .transform((o) => ({ ...o, altTitles: [...o.altTitles.filter((t) => t.source !== "editor"), ...o.altTitles.filter((t) => t.source === "editor")] }));
export type OccupationSnapshot = z.infer<typeof occupationSnapshotSchema>;

export type Snapshot = ProfileSnapshot | PositionSnapshot | OccupationSnapshot;

/** The snapshot schema of each entity type: shared by the form, the action and the data layer. */
export const SNAPSHOT_SCHEMAS = {
  profile: profileSnapshotSchema,
  position: positionSnapshotSchema,
  occupation: occupationSnapshotSchema,
} as const satisfies Record<EntityType, z.ZodType>;

/** The key of an entry: the occupation code of a profile or classification entry (1–4 or 6 digits, leading zeros kept), the id of a position. */
const entityKeySchema = z.string().regex(/^(\d{1,6}|[1-9]\d{0,9})$/);

export const entityRefSchema = z.discriminatedUnion("entityType", [
  z.object({ entityType: z.literal("profile"), entityKey: occupationCode6Schema }),
  z.object({ entityType: z.literal("position"), entityKey: z.string().regex(/^[1-9]\d{0,9}$/) }),
  z.object({ entityType: z.literal("occupation"), entityKey: occupationCodeSchema }),
]);
export type EntityRef = z.infer<typeof entityRefSchema>;

/** The compare-and-set tokens a form carries: the entry version and the draft revision it started from (0 = no draft). */
const baseTokensSchema = z.object({
  /** 0 = a profile started by an editor that has never been published (lib/data/start-profile.ts). */
  baseVersion: z.coerce.number().int().min(0),
  draftRevision: z.coerce.number().int().min(0),
});
export type BaseTokens = z.infer<typeof baseTokensSchema>;

/** The snapshot the form was based on, sent back only to show what changed meanwhile. */
const jsonField = z
  .string()
  .max(5_000_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "invalidJson" });
      return z.NEVER;
    }
  });

export const saveDraftSchema = z
  .object({
    entityType: entityTypeSchema,
    entityKey: entityKeySchema,
    intent: z.enum(["save", "publish"]),
    message: z.string().trim().max(500).default(""),
    data: jsonField,
    base: jsonField,
  })
  .and(baseTokensSchema)
  .transform((input, ctx) => {
    const schema: z.ZodType<Snapshot> = SNAPSHOT_SCHEMAS[input.entityType];
    const data = schema.safeParse(input.data);
    if (!data.success) {
      for (const issue of data.error.issues) ctx.addIssue({ ...issue, path: ["data", ...issue.path] } as z.core.$ZodRawIssue);
      return z.NEVER;
    }
    const base = schema.safeParse(input.base);
    return { ...input, data: data.data, base: base.success ? base.data : null };
  });

export const restoreRevisionSchema = z.object({
  revisionId: z.coerce.number().int().positive(),
  draftRevision: z.coerce.number().int().min(0),
});

export const discardDraftSchema = z.object({
  entityType: entityTypeSchema,
  entityKey: entityKeySchema,
  draftRevision: z.coerce.number().int().min(1),
});
