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

/**
 * The same collection fed in parts, so a caller can read large tables page by page and drop each
 * page once added (lib/data/skills.ts: ×10 holds 330k task-item and 280k ESCO-skill rows, which
 * read at once were ~350 MB of short-lived rows promoted into the old generation). Items come out in
 * the order their texts were first added, so the parts go in the order of `SkillCorpusRows`'
 * fields (occupations first: group tasks reach an occupation through its parent), each table in
 * its own order, to give what collectSkillItems gives.
 */
export type SkillCorpus = {
  addOccupations(rows: SkillCorpusRows["occupations"]): void;
  addTaskItems(rows: SkillCorpusRows["taskItems"]): void;
  addEscoSkills(rows: SkillCorpusRows["escoSkills"]): void;
  addGroupTasks(rows: SkillCorpusRows["groupTasks"]): void;
  addEscoOccupations(rows: SkillCorpusRows["escoOccupations"]): void;
  items(): SkillItem[];
};

export function createSkillCorpus(): SkillCorpus {
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

  return {
    addOccupations(rows) {
      for (const o of rows) {
        add("name", o.name, o.code, null);
        if (o.description) for (const clause of descriptionClauses(o.description)) add("description", clause, o.code, null);
        if (o.parentCode) {
          const children = childrenOf.get(o.parentCode);
          if (children) children.push(intern(o.code));
          else childrenOf.set(o.parentCode, [intern(o.code)]);
        }
      }
    },
    addTaskItems(rows) {
      for (const t of rows) add(t.kind === "knowledge" ? "knowledge" : "skill", t.text, t.occupationCode, t.taskCode, t.id);
    },
    addEscoSkills(rows) {
      for (const s of rows) add("esco", s.label, s.occupationCode, null, s.skillId);
    },
    addGroupTasks(rows) {
      for (const g of rows) for (const code of childrenOf.get(g.groupCode) ?? []) add("group-task", g.text, code, g.groupCode);
    },
    addEscoOccupations(rows) {
      for (const e of rows) {
        if (e.label) add("esco-occupation", e.label, e.occupationCode, e.escoCode);
        if (e.description) for (const clause of descriptionClauses(e.description)) add("esco-occupation", clause, e.occupationCode, e.escoCode);
      }
    },
    items() {
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
    },
  };
}

export function collectSkillItems(rows: SkillCorpusRows): SkillItem[] {
  const corpus = createSkillCorpus();
  corpus.addOccupations(rows.occupations);
  corpus.addTaskItems(rows.taskItems);
  corpus.addEscoSkills(rows.escoSkills);
  corpus.addGroupTasks(rows.groupTasks);
  corpus.addEscoOccupations(rows.escoOccupations);
  return corpus.items();
}

/**
 * Windows [from, to) over sorted codes, `per` codes each, for reading a table page by page in code
 * order: together they cover every code, listed or not (the first starts at "", the last has no
 * end), and none twice.
 */
export function codeWindows(sortedCodes: readonly string[], per: number): [string, string | null][] {
  const windows: [string, string | null][] = [];
  for (let k = 0; k < sortedCodes.length; k += per) windows.push([k === 0 ? "" : sortedCodes[k]!, sortedCodes[k + per] ?? null]);
  return windows.length > 0 ? windows : [["", null]];
}
