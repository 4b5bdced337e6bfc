import { isEntryId } from "@/lib/compare/entry-ids";
import { MAX_COMPARE, MIN_COMPARE } from "@/lib/compare/limits";
import type { SelectedSkill } from "@/lib/match/selected-skill";

/**
 * The client folder: what a counsellor collects for one client — a shortlist of occupations and
 * positions with a note each, the client's selected skills, saved comparisons. It lives in the
 * browser only (localStorage, and a JSON file the counsellor exports); nothing of it reaches the
 * server, so the product holds no personal data about clients.
 *
 * The validator is written by hand, not with zod: the "add to folder" button and its store are in
 * the profile and position pages' first-load JavaScript, which has a budget of 150 kB (zod/mini
 * alone would add ~7 kB gzipped). It is the one definition of a valid folder: the store reads
 * localStorage through it and the import reads files through it.
 */

export const FOLDER_FORMAT = "atlas-client-folder";
const FOLDER_VERSION = 1;

export const FOLDER_LIMITS = {
  entries: 100,
  note: 4000,
  title: 500,
  skills: 100,
  skillLabel: 500,
  comparisons: 30,
  /** A file bigger than this is refused before it is parsed (a full folder is ~600 kB). */
  fileBytes: 1_000_000,
} as const;

/** A skill the client has, as picked on /match (an item of a profile, an ESCO skill or own words). */
export type { SelectedSkill };
export type FolderEntry = {
  /** A KZiS code (351402) or a position ("p12"), as in comparisons. */
  id: string;
  title: string | null;
  /** Language of the title (KZiS names are Polish; a Kazakh position's title is kk). */
  lang?: string;
  note: string;
  addedAt: string;
};
type FolderComparison = { ids: string[]; savedAt: string };
export type Folder = { entries: FolderEntry[]; skills: SelectedSkill[]; comparisons: FolderComparison[] };
type FolderFile = Folder & { format: typeof FOLDER_FORMAT; version: typeof FOLDER_VERSION; exportedAt: string };

export const EMPTY_FOLDER: Folder = Object.freeze({ entries: [], skills: [], comparisons: [] }) as Folder;

/** Why a file was refused; each code is a message of the folder namespace (folder.importErrors.*). */
export type FolderError =
  { code: "tooLarge" } | { code: "notJson" } | { code: "notFolder" } | { code: "newerVersion"; version: number } | { code: "invalid"; path: string };

type Result<T> = { ok: true; value: T } | { ok: false; error: FolderError };

const SKILL_KINDS = new Set(["profile-item", "esco", "text"]);
const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
// An ISO 8601 instant as Date#toISOString writes it; anything else is refused rather than guessed.
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((k) => keys.includes(k));
}

function isText(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length <= max;
}

function isInstant(value: unknown): value is string {
  return typeof value === "string" && ISO_RE.test(value) && !Number.isNaN(Date.parse(value));
}

function readEntry(value: unknown): FolderEntry | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ["id", "title", "lang", "note", "addedAt"])) return null;
  const { id, title, lang, note, addedAt } = value;
  if (!isEntryId(id)) return null;
  if (title !== null && !isText(title, FOLDER_LIMITS.title)) return null;
  if (lang !== undefined && !(typeof lang === "string" && LANG_RE.test(lang))) return null;
  if (!isText(note, FOLDER_LIMITS.note) || !isInstant(addedAt)) return null;
  return lang === undefined ? { id, title, note, addedAt } : { id, title, lang, note, addedAt };
}

function readSkill(value: unknown): SelectedSkill | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ["kind", "id", "label"])) return null;
  const { kind, id, label } = value;
  if (typeof kind !== "string" || !SKILL_KINDS.has(kind)) return null;
  if (id !== undefined && !isText(id, FOLDER_LIMITS.skillLabel)) return null;
  if (!isText(label, FOLDER_LIMITS.skillLabel) || label.trim() === "") return null;
  const skill: SelectedSkill = { kind: kind as SelectedSkill["kind"], label };
  if (id !== undefined) skill.id = id;
  return skill;
}

function readComparison(value: unknown): FolderComparison | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ["ids", "savedAt"])) return null;
  const { ids, savedAt } = value;
  if (!Array.isArray(ids) || ids.length < MIN_COMPARE || ids.length > MAX_COMPARE) return null;
  if (!ids.every(isEntryId) || new Set(ids).size !== ids.length || !isInstant(savedAt)) return null;
  return { ids: [...ids], savedAt };
}

function readList<T>(value: unknown, max: number, read: (v: unknown) => T | null, name: string): Result<T[]> {
  if (!Array.isArray(value) || value.length > max) return { ok: false, error: { code: "invalid", path: name } };
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = read(value[i]);
    if (item === null) return { ok: false, error: { code: "invalid", path: `${name}[${i + 1}]` } };
    out.push(item);
  }
  return { ok: true, value: out };
}

/** The folder part of a stored or exported value; entries are unique by id (a file may not repeat one). */
export function readFolder(value: unknown): Result<Folder> {
  if (!isRecord(value)) return { ok: false, error: { code: "notFolder" } };
  const entries = readList(value.entries, FOLDER_LIMITS.entries, readEntry, "entries");
  if (!entries.ok) return entries;
  const ids = new Set<string>();
  for (const [i, e] of entries.value.entries()) {
    if (ids.has(e.id)) return { ok: false, error: { code: "invalid", path: `entries[${i + 1}]` } };
    ids.add(e.id);
  }
  const skills = readList(value.skills, FOLDER_LIMITS.skills, readSkill, "skills");
  if (!skills.ok) return skills;
  const comparisons = readList(value.comparisons, FOLDER_LIMITS.comparisons, readComparison, "comparisons");
  if (!comparisons.ok) return comparisons;
  return { ok: true, value: { entries: entries.value, skills: skills.value, comparisons: comparisons.value } };
}

/** An exported file's text → the folder it holds, or why it is refused. Pure: the caller reads the file. */
export function parseFolderFile(text: string): Result<Folder> {
  if (text.length > FOLDER_LIMITS.fileBytes) return { ok: false, error: { code: "tooLarge" } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: "notJson" } };
  }
  if (!isRecord(value) || value.format !== FOLDER_FORMAT) return { ok: false, error: { code: "notFolder" } };
  if (typeof value.version !== "number" || !Number.isInteger(value.version)) return { ok: false, error: { code: "invalid", path: "version" } };
  if (value.version > FOLDER_VERSION) return { ok: false, error: { code: "newerVersion", version: value.version } };
  if (value.version < 1) return { ok: false, error: { code: "invalid", path: "version" } };
  if (!hasOnlyKeys(value, ["format", "version", "exportedAt", "entries", "skills", "comparisons"])) return { ok: false, error: { code: "invalid", path: "" } };
  if (value.exportedAt !== undefined && !isInstant(value.exportedAt)) return { ok: false, error: { code: "invalid", path: "exportedAt" } };
  return readFolder(value);
}

/** The file a counsellor downloads: the folder with its format and version, pretty-printed. */
export function folderFileText(folder: Folder, now: Date): string {
  const file: FolderFile = { format: FOLDER_FORMAT, version: FOLDER_VERSION, exportedAt: now.toISOString(), ...folder };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** atlas-teczka-2026-12-07.json: the date is the counsellor's local day of the export. */
export function folderFileName(prefix: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

// --- Changes: each returns a new folder, or the same one when nothing changes -------------------

/** Adds an entry (at the end); false when the folder is full. An entry already there is kept as it is. */
export function addEntry(folder: Folder, entry: Omit<FolderEntry, "note" | "addedAt">, now: Date): { folder: Folder; added: boolean } {
  if (folder.entries.some((e) => e.id === entry.id)) return { folder, added: true };
  if (folder.entries.length >= FOLDER_LIMITS.entries) return { folder, added: false };
  const title = entry.title === null ? null : entry.title.slice(0, FOLDER_LIMITS.title);
  const next: FolderEntry = { ...entry, title, note: "", addedAt: now.toISOString() };
  return { folder: { ...folder, entries: [...folder.entries, next] }, added: true };
}

export function removeEntry(folder: Folder, id: string): Folder {
  return folder.entries.some((e) => e.id === id) ? { ...folder, entries: folder.entries.filter((e) => e.id !== id) } : folder;
}

/** Sets an entry's note, cut to the limit (the text area has the same maxLength). */
export function setNote(folder: Folder, id: string, note: string): Folder {
  const text = note.slice(0, FOLDER_LIMITS.note);
  return { ...folder, entries: folder.entries.map((e) => (e.id === id ? { ...e, note: text } : e)) };
}

/** Keeps a comparison (2–4 entries); the same set of entries is kept once, newest first. */
export function addComparison(folder: Folder, ids: string[], now: Date): Folder {
  const unique = [...new Set(ids)];
  if (unique.length < MIN_COMPARE || unique.length > MAX_COMPARE || !unique.every(isEntryId)) return folder;
  const key = [...unique].sort().join(",");
  const others = folder.comparisons.filter((c) => [...c.ids].sort().join(",") !== key);
  return { ...folder, comparisons: [{ ids: unique, savedAt: now.toISOString() }, ...others].slice(0, FOLDER_LIMITS.comparisons) };
}

export function removeComparison(folder: Folder, index: number): Folder {
  return { ...folder, comparisons: folder.comparisons.filter((_, i) => i !== index) };
}

/** The client's skills, as /match hands them over: de-duplicated by kind, id and label, within the limit. */
export function setSkills(folder: Folder, skills: SelectedSkill[]): Folder {
  const seen = new Set<string>();
  const out: SelectedSkill[] = [];
  for (const s of skills) {
    const skill = readSkill(s);
    if (!skill) continue;
    const key = `${skill.kind}\u0000${skill.id ?? ""}\u0000${skill.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(skill);
    if (out.length >= FOLDER_LIMITS.skills) break;
  }
  return { ...folder, skills: out };
}

/** Whether the folder holds exactly these skills (in any order): /match's "saved" state. */
export function hasSameSkills(folder: Folder, skills: readonly SelectedSkill[]): boolean {
  const key = (s: SelectedSkill) => `${s.kind}\u0000${s.id ?? ""}\u0000${s.label}`;
  const mine = new Set(folder.skills.map(key));
  return mine.size === new Set(skills.map(key)).size && skills.every((s) => mine.has(key(s)));
}

export function isEmptyFolder(folder: Folder): boolean {
  return folder.entries.length === 0 && folder.skills.length === 0 && folder.comparisons.length === 0;
}
