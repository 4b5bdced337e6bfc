import type { SkillItem, SkillItemKind } from "./match";

/**
 * The texts of the skill search, from catalogue rows: one SkillItem per distinct (kind, text),
 * holding every occupation it describes. Synthetic and real occupations share many texts (the
 * same ESCO skill, a description copied into a scaled catalogue), so distinct texts keep the index
 * small however many occupations repeat them. Pure; lib/data/skills.ts does the reads.
 */

export type SkillCorpusRows = {
  /** 6-digit occupations. */
  occupations: { code: string; name: string; description: string | null; parentCode: string | null }[];
  taskItems: { id: number; kind: string; text: string; taskCode: string; occupationCode: string }[];
  escoSkills: { skillId: number; label: string; occupationCode: string }[];
  /** Tasks of unit groups (4 digits). */
  groupTasks: { groupCode: string; text: string }[];
  escoOccupations: { escoCode: string; label: string | null; description: string | null; occupationCode: string }[];
};

/** Clauses of a description: sentences and the items of its lists, each of two words or more. */
function descriptionClauses(text: string): string[] {
  return text
    .split(/;|\.\s+|\s[-–•]\s|\n/u)
    .map((c) => c.replace(/^[\s\-–•,:]+|(?<![\s.,:])[\s.,:]+$/gu, ""))
    .filter((c) => c.split(/\s+/u).length >= 2);
}

export function collectSkillItems(rows: SkillCorpusRows): SkillItem[] {
  type Acc = { kind: SkillItemKind; text: string; ref: string | null; occupations: string[]; refs: (string | null)[]; seen: Set<string>; sourceId?: number };
  const byKey = new Map<string, Acc>();
  // Every row brings its own copy of a code string; one copy each (×10: hundreds of thousands of rows).
  const codes = new Map<string, string>();
  const intern = (code: string) => codes.get(code) ?? (codes.set(code, code), code);
  const add = (kind: SkillItemKind, text: string, rawCode: string, ref: string | null, sourceId?: number) => {
    const code = intern(rawCode);
    const trimmed = text.trim();
    if (trimmed === "") return;
    const key = `${kind}\u0001${trimmed}`;
    let acc = byKey.get(key);
    if (!acc) {
      acc = { kind, text: trimmed, ref, occupations: [], refs: [], seen: new Set(), sourceId };
      byKey.set(key, acc);
    }
    // One listing per occupation: an item under two tasks counts once (under the first).
    if (acc.seen.has(code)) return;
    acc.seen.add(code);
    acc.occupations.push(code);
    acc.refs.push(ref);
  };

  const childrenOf = new Map<string, string[]>();
  for (const o of rows.occupations) {
    add("name", o.name, o.code, null);
    if (o.description) for (const clause of descriptionClauses(o.description)) add("description", clause, o.code, null);
    if (o.parentCode) childrenOf.set(o.parentCode, [...(childrenOf.get(o.parentCode) ?? []), o.code]);
  }
  for (const t of rows.taskItems) add(t.kind === "knowledge" ? "knowledge" : "skill", t.text, t.occupationCode, t.taskCode, t.id);
  for (const s of rows.escoSkills) add("esco", s.label, s.occupationCode, null, s.skillId);
  for (const g of rows.groupTasks) for (const code of childrenOf.get(g.groupCode) ?? []) add("group-task", g.text, code, g.groupCode);
  for (const e of rows.escoOccupations) {
    if (e.label) add("esco-occupation", e.label, e.occupationCode, e.escoCode);
    if (e.description) for (const clause of descriptionClauses(e.description)) add("esco-occupation", clause, e.occupationCode, e.escoCode);
  }

  return [...byKey.values()].map((acc) => {
    const sameRef = acc.refs.every((r) => r === acc.refs[0]);
    return {
      kind: acc.kind,
      text: acc.text,
      lang: "pl",
      ref: sameRef ? (acc.refs[0] ?? null) : null,
      occupations: acc.occupations,
      ...(sameRef ? {} : { refs: acc.refs }),
      ...(acc.sourceId !== undefined ? { sourceId: acc.sourceId } : {}),
    };
  });
}
