/**
 * Pure edits that move knowledge and skill items of a profile snapshot: placing a prefilled
 * candidate into a task, moving an item to another task, switching knowledge ↔ skill. Provenance
 * is keyed by the item's text (lib/validation/provenance.ts), so it travels with the item.
 */
import type { ProfileSnapshot } from "@/lib/validation/editor";

export type ItemKind = "knowledge" | "skills";

const other = (kind: ItemKind): ItemKind => (kind === "knowledge" ? "skills" : "knowledge");

function withTask(
  profile: ProfileSnapshot,
  taskIndex: number,
  edit: (task: ProfileSnapshot["tasks"][number]) => ProfileSnapshot["tasks"][number],
): ProfileSnapshot {
  return { ...profile, tasks: profile.tasks.map((task, i) => (i === taskIndex ? edit(task) : task)) };
}

/** Moves candidate `index` to the end of task `taskIndex`'s knowledge or skills. */
export function placeCandidate(profile: ProfileSnapshot, index: number, taskIndex: number, kind: ItemKind): ProfileSnapshot {
  const candidates = profile.candidates ?? [];
  const text = candidates[index];
  if (text === undefined || !profile.tasks[taskIndex]) return profile;
  const placed = withTask(profile, taskIndex, (task) => ({ ...task, [kind]: [...task[kind], text] }));
  return { ...placed, candidates: candidates.filter((_, i) => i !== index) };
}

/** Moves item `index` of a task's list to the end of the same list of another task. */
export function moveItemToTask(profile: ProfileSnapshot, fromTask: number, kind: ItemKind, index: number, toTask: number): ProfileSnapshot {
  const text = profile.tasks[fromTask]?.[kind][index];
  if (text === undefined || fromTask === toTask || !profile.tasks[toTask]) return profile;
  const removed = withTask(profile, fromTask, (task) => ({ ...task, [kind]: task[kind].filter((_, i) => i !== index) }));
  return withTask(removed, toTask, (task) => ({ ...task, [kind]: [...task[kind], text] }));
}

/** Knowledge becomes a skill or the other way round (appended to the other list of the same task). */
export function switchItemKind(profile: ProfileSnapshot, taskIndex: number, kind: ItemKind, index: number): ProfileSnapshot {
  const text = profile.tasks[taskIndex]?.[kind][index];
  if (text === undefined) return profile;
  const to = other(kind);
  return withTask(profile, taskIndex, (task) => ({ ...task, [kind]: task[kind].filter((_, i) => i !== index), [to]: [...task[to], text] }));
}

/** A task item back to the candidates (e.g. placed in the wrong task by mistake). */
export function unplaceItem(profile: ProfileSnapshot, taskIndex: number, kind: ItemKind, index: number): ProfileSnapshot {
  const text = profile.tasks[taskIndex]?.[kind][index];
  if (text === undefined) return profile;
  const removed = withTask(profile, taskIndex, (task) => ({ ...task, [kind]: task[kind].filter((_, i) => i !== index) }));
  return { ...removed, candidates: [...(profile.candidates ?? []), text] };
}
