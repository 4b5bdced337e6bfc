import { z } from "zod";
import { ORIGIN_KINDS, type SnapshotProvenance } from "./origin";

export { originOf, type Origin, type SnapshotProvenance } from "./origin";

/**
 * Where an item of a profile comes from, shown on the public page next to each item. Stored per
 * row (ProfileTask/TaskItem.origin + originRef, KeyCompetence.origin, AltTitle.origin).
 * - document: an imported source document (ref: its file name)
 * - kzis-group-task: the unit group's typical tasks in KZiS (ref: the group code)
 * - esco-skill: an ESCO skill/knowledge label (ref: the ESCO occupation's concept URI it came
 *   through; the reference data carries skill labels only, no skill URIs)
 * - gus: the statistics office's job titles
 * - kzis: the KZiS source's own wording (a cut-off name kept as a title)
 * - editor: written or set by an editor
 */
export const originKindSchema = z.enum(ORIGIN_KINDS);

const originSchema = z.object({
  kind: originKindSchema,
  ref: z.string().trim().max(500).nullable().default(null),
});

/**
 * The provenance of an editor snapshot's items, keyed by their text (task titles, item texts,
 * alternative titles, key-competence names). Keyed by text so that every list operation of the
 * editor (reorder, move between tasks, knowledge ↔ skill) keeps it without bookkeeping; an item
 * whose text the editor rewrote, or one the editor added, is the editor's.
 */
export const snapshotProvenanceSchema = z.object({
  tasks: z.record(z.string(), originSchema).default({}),
  items: z.record(z.string(), originSchema).default({}),
  altTitles: z.record(z.string(), originSchema).default({}),
  keyCompetences: z.record(z.string(), originSchema).default({}),
  // The types and originOf live in ./origin.ts (zod-free, for client components); this checks the schema parses to them.
}) satisfies z.ZodType<SnapshotProvenance>;

/** Per-item origins of a published profile, parallel to its tasks and key competences (public page, API, export). */
export const profileOriginsSchema = z.object({
  tasks: z.array(z.object({ task: originSchema, knowledge: z.array(originSchema), skills: z.array(originSchema) })),
  keyCompetences: z.array(originSchema),
});
export type ProfileOrigins = z.infer<typeof profileOriginsSchema>;
