/**
 * The form a snapshot is published in (pure): prefilled candidates that were not placed in a task
 * are dropped (they were never part of the profile), and the provenance lists exactly the texts
 * the profile holds, each with its origin, as the live tables store it. So a published revision
 * says where each item came from on its own, and reading the entry back gives the same snapshot.
 */
import type { ProfileSnapshot, Snapshot } from "@/lib/validation/editor";
import { originOf, type Origin, type ProfileOrigins, type SnapshotProvenance } from "@/lib/validation/provenance";

export function publishableProfile(data: ProfileSnapshot): ProfileSnapshot {
  const { provenance: p, ...withCandidates } = data;
  const rest = { ...withCandidates };
  delete rest.candidates;
  const withoutRef = (o: Origin): Origin => ({ kind: o.kind, ref: null });
  const provenance: SnapshotProvenance = { tasks: {}, items: {}, altTitles: {}, keyCompetences: {} };
  for (const task of rest.tasks) {
    provenance.tasks[task.title] = originOf(p, "tasks", task.title);
    for (const text of [...task.knowledge, ...task.skills]) provenance.items[text] = originOf(p, "items", text);
  }
  // Titles and key competences keep only the kind (the tables hold no reference for them).
  for (const title of rest.altTitles) provenance.altTitles[title] = withoutRef(originOf(p, "altTitles", title));
  for (const k of rest.keyCompetences) provenance.keyCompetences[k.name] = withoutRef(originOf(p, "keyCompetences", k.name));
  return { ...rest, provenance };
}

export function publishableSnapshot(entityType: string, data: Snapshot): Snapshot {
  return entityType === "profile" ? publishableProfile(data as ProfileSnapshot) : data;
}

/** The per-item origins the public page will show for a snapshot (the draft preview renders them). */
export function originsOfSnapshot(data: ProfileSnapshot): ProfileOrigins {
  const p = publishableProfile(data).provenance;
  return {
    tasks: data.tasks.map((t) => ({
      task: originOf(p, "tasks", t.title),
      knowledge: t.knowledge.map((k) => originOf(p, "items", k)),
      skills: t.skills.map((s) => originOf(p, "items", s)),
    })),
    keyCompetences: data.keyCompetences.map((k) => originOf(p, "keyCompetences", k.name)),
  };
}
