/**
 * Where an item of a profile comes from: the zod-free half of ./provenance.ts. The editor's client
 * components import this, not the schemas, because zod 4 probes `eval` when it loads and the
 * pages' CSP reports that as a violation (docs/decisions/0015-security-headers.md, as
 * ./key-competences.ts). ./provenance.ts builds its schemas on these names.
 */
export const ORIGIN_KINDS = ["document", "kzis-group-task", "esco-skill", "gus", "kzis", "editor"] as const;
type OriginKind = (typeof ORIGIN_KINDS)[number];
export type Origin = { kind: OriginKind; ref: string | null };

const EDITOR_ORIGIN: Origin = { kind: "editor", ref: null };
const DOCUMENT_ORIGIN: Origin = { kind: "document", ref: null };

/** The provenance of an editor snapshot's items, keyed by their text (see ./provenance.ts). */
export type SnapshotProvenance = {
  tasks: Record<string, Origin>;
  items: Record<string, Origin>;
  altTitles: Record<string, Origin>;
  keyCompetences: Record<string, Origin>;
};
export type ProvenanceSection = keyof SnapshotProvenance;

/**
 * The origin of one text of a snapshot. A snapshot without provenance predates it (a revision or
 * draft from before provenance was kept): its content came from imported documents.
 */
export function originOf(provenance: SnapshotProvenance | undefined, section: ProvenanceSection, key: string): Origin {
  if (!provenance) return DOCUMENT_ORIGIN;
  return provenance[section][key] ?? EDITOR_ORIGIN;
}
