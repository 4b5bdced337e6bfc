/**
 * Pure edits of an entry's lists for the editor forms: move, remove, insert, and the task edits
 * that keep codes Z1…Zn in order and the competences pointing at the same tasks.
 */
import type { ProfileSnapshot } from "@/lib/validation/editor";

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function replaceItem<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

/**
 * Gives tasks the codes Z1…Zn in their new order and rewrites competence task lists to follow
 * them (a removed task disappears from every competence).
 */
function renumberTasks(profile: ProfileSnapshot, tasks: ProfileSnapshot["tasks"], removedCode?: string): ProfileSnapshot {
  const renamed = new Map<string, string>();
  const next = tasks.map((task, i) => {
    const code = `Z${i + 1}`;
    renamed.set(task.code, code);
    return { ...task, code };
  });
  const order = new Map(next.map((t, i) => [t.code, i]));
  const competences = profile.competences.map((c) => ({
    ...c,
    taskCodes: c.taskCodes
      .filter((code) => code !== removedCode)
      .map((code) => renamed.get(code) ?? code)
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  }));
  return { ...profile, tasks: next, competences };
}

export function moveTask(profile: ProfileSnapshot, from: number, to: number): ProfileSnapshot {
  return renumberTasks(profile, moveItem(profile.tasks, from, to));
}

export function removeTask(profile: ProfileSnapshot, index: number): ProfileSnapshot {
  return renumberTasks(profile, removeItem(profile.tasks, index), profile.tasks[index]?.code);
}

export function addTask(profile: ProfileSnapshot): ProfileSnapshot {
  return renumberTasks(profile, [...profile.tasks, { code: "", title: "", knowledge: [], skills: [] }]);
}

/** Competences are numbered Kz1…Kzn the same way. */
export function renumberCompetences(competences: ProfileSnapshot["competences"]): ProfileSnapshot["competences"] {
  return competences.map((c, i) => ({ ...c, code: `Kz${i + 1}` }));
}
