/**
 * A catalogue `factor` times the real one, derived from the real data already in the database
 * (issue 7, scale tests); the command is scripts/scale-data.ts (npm run db:scale), which documents
 * what is generated. Only adds rows: real entries are never updated. Deterministic for a seed.
 * NOTE: raw better-sqlite3 in one transaction: hundreds of thousands of rows.
 */
import type Database from "better-sqlite3";
import { toSqliteDate } from "@/lib/db/sqlite";
import { bumpDataVersionSqlite, writeMetaSqlite } from "@/lib/store/sqlite/app-meta";
import { foldText } from "@/lib/text";

/** Described profiles per factor: ~5,000 at ×10. */
export const PROFILES_PER_FACTOR = 500;

export type ScaleOptions = { factor: number; seed: number };

/** mulberry32: small, fast and good enough to vary test data; Math.random cannot be seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  return { next, int, pick, shuffle };
}

type Entry = {
  code: string;
  level: string;
  name: string;
  parentCode: string | null;
  description: string | null;
  synthesis: string | null;
  isVocational: number;
};
type Title = { title: string; source: string; language: string };
type RealTask = { title: string; knowledge: string[]; skills: string[] };

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Lower-cases the first letter (all of a title written in capitals), so it reads well after a dash. */
const lowerFirst = (s: string) => (s === s.toLocaleUpperCase("pl") ? s.toLocaleLowerCase("pl") : s.charAt(0).toLocaleLowerCase("pl") + s.slice(1));

export function addScaleData(db: Database.Database, { factor, seed }: ScaleOptions): { added: number; profiles: number; target: number } {
  const random = prng(seed);
  const real = db.prepare(`SELECT code, level, name, parentCode, description, synthesis, isVocational FROM Occupation ORDER BY code`).all() as Entry[];
  const children = groupBy(
    real.filter((e) => e.parentCode),
    (e) => e.parentCode!,
  );
  const tasksOf = groupBy(
    db.prepare(`SELECT occupationCode, text FROM GroupTask ORDER BY occupationCode, position`).all() as { occupationCode: string; text: string }[],
    (r) => r.occupationCode,
  );
  const titlesOf = groupBy(
    db.prepare(`SELECT occupationCode, title, source, language FROM AltTitle`).all() as (Title & { occupationCode: string })[],
    (r) => r.occupationCode,
  );
  const escoOf = groupBy(
    db.prepare(`SELECT occupationCode, escoCode FROM EscoLink`).all() as { occupationCode: string; escoCode: string }[],
    (r) => r.occupationCode,
  );
  const skillsOf = groupBy(
    db.prepare(`SELECT occupationCode, skillId, position FROM OccupationEscoSkill`).all() as { occupationCode: string; skillId: number; position: number }[],
    (r) => r.occupationCode,
  );
  // Real Polish job titles by unit group, sub-major and major group, to vary a name within its
  // own field of work (the narrowest group with a few titles to choose from).
  const gus = [...titlesOf.values()].flat().filter((t) => t.source === "gus" && t.language === "pl");
  const gusTitles = new Map([1, 2, 4].flatMap((width) => [...groupBy(gus, (t) => t.occupationCode.slice(0, width))]));

  const used = new Set(real.map((e) => e.code));
  const synthetic: { entry: Entry; from: string }[] = [];
  const target = real.length * factor;
  const remaining = () => target - real.length - synthetic.length;

  const titleFor = (code: string) => {
    const pool = [4, 2, 1].map((width) => gusTitles.get(code.slice(0, width)) ?? []).find((titles) => titles.length >= 3) ?? [{ title: "specjalista" }];
    return random.pick(pool).title;
  };
  const nameFor = (source: Entry): string => {
    if (source.level === "occupation") return `${source.name} – ${lowerFirst(titleFor(source.code))}`;
    // A group is named after itself and one real occupation of its kind.
    const occupations = descendants(source.code).filter((e) => e.level === "occupation");
    return occupations.length ? `${source.name}: ${lowerFirst(random.pick(occupations).name)}` : `${source.name} (${lowerFirst(titleFor(source.code))})`;
  };
  const descendants = (code: string): Entry[] => (children.get(code) ?? []).flatMap((c) => [c, ...descendants(c.code)]);

  const add = (source: Entry, code: string, parentCode: string) => {
    used.add(code);
    synthetic.push({ entry: { ...source, code, parentCode, name: nameFor(source) }, from: source.code });
  };
  /** A re-coded copy of a real branch: the new code replaces the source's prefix in every descendant. */
  const cloneBranch = (source: Entry, code: string, parentCode: string) => {
    add(source, code, parentCode);
    for (const child of children.get(source.code) ?? []) cloneBranch(child, code + child.code.slice(source.code.length), code);
  };
  const freeSlots = (parent: string, width: number, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => parent + String(from + i).padStart(width, "0")).filter((c) => !used.has(c));

  // 1. New minor groups (about 30% of what is added), 2. new unit groups (30%), 3. new occupations.
  const budget = remaining();
  const levels = (level: string) => real.filter((e) => e.level === level);
  const minorSlots = random.shuffle(levels("submajor").flatMap((s) => freeSlots(s.code, 1, 0, 9).map((slot) => ({ parent: s, slot }))));
  for (const { parent, slot } of minorSlots) {
    if (budget - remaining() >= budget * 0.3) break;
    const sources = (children.get(parent.code) ?? []).filter((c) => c.level === "minor");
    if (sources.length) cloneBranch(random.pick(sources), slot, parent.code);
  }
  const unitSlots = random.shuffle(levels("minor").flatMap((m) => freeSlots(m.code, 1, 0, 9).map((slot) => ({ parent: m, slot }))));
  for (const { parent, slot } of unitSlots) {
    if (budget - remaining() >= budget * 0.6) break;
    const sources = (children.get(parent.code) ?? []).filter((c) => c.level === "unit");
    if (sources.length) cloneBranch(random.pick(sources), slot, parent.code);
  }
  // Suffixes 01–89: KZiS keeps 90–99 for "pozostali" (others) catch-alls.
  const occupationSlots = random.shuffle(levels("unit").flatMap((u) => freeSlots(u.code, 2, 1, 89).map((slot) => ({ parent: u, slot }))));
  for (const { parent, slot } of occupationSlots) {
    if (remaining() <= 0) break;
    const sources = (children.get(parent.code) ?? []).filter((c) => c.level === "occupation");
    if (sources.length) add(random.pick(sources), slot, parent.code);
  }
  // Large factors run out of slots in the real unit groups: the synthetic ones take the rest,
  // filled from the real unit group each was copied from. (Only then, so smaller factors give the
  // same data as before this pass existed.)
  if (remaining() > 0) {
    const syntheticUnits = synthetic.filter((s) => s.entry.level === "unit");
    const moreSlots = random.shuffle(
      syntheticUnits.flatMap(({ entry, from }) => freeSlots(entry.code, 2, 1, 89).map((slot) => ({ parent: entry, from, slot }))),
    );
    for (const { parent, from, slot } of moreSlots) {
      if (remaining() <= 0) break;
      const sources = (children.get(from) ?? []).filter((c) => c.level === "occupation");
      if (sources.length) add(random.pick(sources), slot, parent.code);
    }
  }

  // The real seed profiles, as imported: the pool their items are recombined from.
  const profileRows = db.prepare(`SELECT id, synthesis, workDescription FROM Profile`).all() as {
    id: number;
    synthesis: string | null;
    workDescription: string | null;
  }[];
  if (profileRows.length === 0) throw new Error("no real profile to recombine: seeds/documents did not import");
  const taskPool: RealTask[] = (db.prepare(`SELECT id, title FROM ProfileTask ORDER BY profileId, position`).all() as { id: number; title: string }[]).map(
    (t) => {
      const items = db.prepare(`SELECT kind, text FROM TaskItem WHERE taskId = ? ORDER BY position`).all(t.id) as { kind: string; text: string }[];
      return {
        title: t.title,
        knowledge: items.filter((i) => i.kind === "knowledge").map((i) => i.text),
        skills: items.filter((i) => i.kind === "skill").map((i) => i.text),
      };
    },
  );
  const competencePool = (db.prepare(`SELECT title FROM ProfileCompetence`).all() as { title: string }[]).map((r) => r.title);
  const socialPool = (db.prepare(`SELECT text FROM SocialCompetence`).all() as { text: string }[]).map((r) => r.text);
  const keyNames = [...new Set((db.prepare(`SELECT name FROM KeyCompetence ORDER BY position`).all() as { name: string }[]).map((r) => r.name))];
  const syntheses = profileRows.map((p) => p.synthesis).filter((s): s is string => !!s);
  const descriptions = profileRows.map((p) => p.workDescription).filter((s): s is string => !!s);
  if (taskPool.length === 0) throw new Error("the real profiles have no tasks to recombine");

  const now = toSqliteDate();
  const insertOccupation = db.prepare(
    `INSERT INTO Occupation (code, level, name, parentCode, description, synthesis, isVocational, isNameCompleted, searchName) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  );
  const insertTask = db.prepare(`INSERT INTO GroupTask (occupationCode, position, text) VALUES (?, ?, ?)`);
  const insertTitle = db.prepare(`INSERT OR IGNORE INTO AltTitle (occupationCode, title, source, language) VALUES (?, ?, ?, ?)`);
  const insertEsco = db.prepare(`INSERT OR IGNORE INTO EscoLink (occupationCode, escoCode) VALUES (?, ?)`);
  const insertSkill = db.prepare(`INSERT OR IGNORE INTO OccupationEscoSkill (occupationCode, skillId, position) VALUES (?, ?, ?)`);
  const insertProfile = db.prepare(
    `INSERT INTO Profile (occupationCode, title, synthesis, workDescription, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertProfileTask = db.prepare(`INSERT INTO ProfileTask (profileId, position, code, title) VALUES (?, ?, ?, ?)`);
  const insertItem = db.prepare(`INSERT INTO TaskItem (taskId, kind, position, text) VALUES (?, ?, ?, ?)`);
  const insertCompetence = db.prepare(`INSERT INTO ProfileCompetence (profileId, position, code, title) VALUES (?, ?, ?, ?)`);
  const linkTask = db.prepare(`INSERT INTO CompetenceTask (competenceId, taskId) VALUES (?, ?)`);
  const insertSocial = db.prepare(`INSERT INTO SocialCompetence (profileId, position, text) VALUES (?, ?, ?)`);
  const insertKey = db.prepare(`INSERT INTO KeyCompetence (profileId, position, name, level) VALUES (?, ?, ?, ?)`);

  /** A non-empty random subset, in the source order (so "zna i rozumie" lists still read naturally). */
  const subset = (items: string[], min: number) => {
    const kept = items.filter(() => random.next() < 0.7);
    return kept.length >= Math.min(min, items.length) ? kept : items.slice(0, min);
  };

  let profiles = 0;
  db.transaction(() => {
    // Parents before children (the foreign key on parentCode): shorter codes first.
    for (const { entry, from } of [...synthetic].sort((a, b) => a.entry.code.length - b.entry.code.length || a.entry.code.localeCompare(b.entry.code))) {
      insertOccupation.run(entry.code, entry.level, entry.name, entry.parentCode, entry.description, entry.synthesis, entry.isVocational, foldText(entry.name));
      (tasksOf.get(from) ?? []).forEach((t, i) => insertTask.run(entry.code, i + 1, t.text));
      for (const t of titlesOf.get(from) ?? []) insertTitle.run(entry.code, t.title, t.source, t.language);
      for (const l of escoOf.get(from) ?? []) insertEsco.run(entry.code, l.escoCode);
      for (const s of skillsOf.get(from) ?? []) insertSkill.run(entry.code, s.skillId, s.position);
    }

    const candidates = random.shuffle(synthetic.filter((s) => s.entry.level === "occupation").map((s) => s.entry));
    for (const occupation of candidates.slice(0, PROFILES_PER_FACTOR * factor)) {
      const profileId = Number(
        insertProfile.run(
          occupation.code,
          occupation.name,
          syntheses.length ? random.pick(syntheses) : null,
          descriptions.length ? random.pick(descriptions) : null,
          now,
          now,
        ).lastInsertRowid,
      );
      const tasks = random.shuffle([...taskPool]).slice(0, Math.min(taskPool.length, 4 + random.int(9)));
      const taskIds = tasks.map((task, i) => {
        const taskId = Number(insertProfileTask.run(profileId, i + 1, `Z${i + 1}`, task.title).lastInsertRowid);
        subset(task.knowledge, 1).forEach((text, j) => insertItem.run(taskId, "knowledge", j + 1, text));
        subset(task.skills, 1).forEach((text, j) => insertItem.run(taskId, "skill", j + 1, text));
        return taskId;
      });
      // Competences Kz1… each group a run of consecutive tasks, as in the real profiles.
      const competences = Math.min(taskIds.length, 2 + random.int(3));
      const per = Math.ceil(taskIds.length / competences);
      for (let c = 0; c < competences; c++) {
        const competenceId = Number(
          insertCompetence.run(profileId, c + 1, `Kz${c + 1}`, competencePool.length ? random.pick(competencePool) : `Kompetencja ${c + 1}`).lastInsertRowid,
        );
        for (const taskId of taskIds.slice(c * per, (c + 1) * per)) linkTask.run(competenceId, taskId);
      }
      subset(socialPool, 2).forEach((text, i) => insertSocial.run(profileId, i + 1, text));
      // Levels 1–5, and now and then unknown (null), never a made-up 0.
      keyNames.forEach((name, i) => insertKey.run(profileId, i + 1, name, random.next() < 0.1 ? null : 1 + random.int(5)));
      profiles++;
    }
    writeMetaSqlite(db, "synthetic-scale", JSON.stringify({ factor, seed, occupations: synthetic.length, profiles }));
    bumpDataVersionSqlite(db);
  })();
  return { added: synthetic.length, profiles, target };
}
