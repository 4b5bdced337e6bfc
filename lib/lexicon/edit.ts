/**
 * An editor's change of one (concept, lang) of the lexicon, planned without I/O: the store adapters
 * (lib/store/sqlite/lexicon.ts, lib/store/pg/lexicon.ts) read the pair's state under the write
 * lock, ask planLexiconChange what to do, and run the statements it returns (lib/store/lexicon-sql.ts).
 *
 * A pair is the seed's or the editor's, never a mix (ADR 0020): a save replaces all its rows by the
 * editor's (source "editor"), which a seed reload then skips; a revert deletes them and writes the
 * seed file's rows of the pair back. Each change is a Revision (entityType "lexicon", version 1, 2,
 * … per pair) holding the terms before and after: the version is the compare-and-set token the form
 * carries, so a save over a change the editor has not seen is refused.
 */
import type { LexiconEntry } from "./parse";
import type { LexiconLang, LexiconOrigin } from "@/lib/validation/lexicon";

export const LEXICON_ENTITY_TYPE = "lexicon";
export const lexiconEntityKey = (concept: string, lang: string) => `${concept}:${lang}`;

export type PairTerm = { term: string; origin: LexiconOrigin };
/** What readers see of a pair: the editor's rows where there are any, else the seed's; "none" for a pair with no rows. */
export type PairSnapshot = { source: "seed" | "editor" | "none"; codes: string[]; terms: PairTerm[] };
/** Revision.data of a lexicon change. */
export type LexiconRevisionData = { action: "save" | "create" | "revert"; before: PairSnapshot; after: PairSnapshot };

export type StoredLexiconRow = { position: number; term: string; origin: string; codes: string; source: string };
export type PairState = {
  rows: StoredLexiconRow[];
  /** The pair's latest revision (0: never edited), its author's name and time. */
  version: number;
  by: string | null;
  at: Date | null;
  /** Rows of the concept in any language (a new concept must have none). */
  conceptRows: number;
};

export type LexiconChangeRequest = {
  kind: "save" | "create" | "revert";
  concept: string;
  lang: LexiconLang;
  baseVersion: number;
  /** save/create: the editor's terms (first = preferred) and the pair's codes. */
  terms?: PairTerm[];
  codes?: string[];
  actorId: string;
  ip: string | null;
};

export type LexiconChangeOutcome =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: "conflict"; version: number; by: string | null; at: Date | null; current: PairSnapshot }
  /** Field paths of the form → message keys (admin.issues.*). */
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: "not-found" };

export type LexiconWrite = {
  /** The pair's rows after the change (all of one source), replacing every row it had. */
  rows: { position: number; term: string; origin: string; codes: string; source: "seed" | "editor" }[];
  version: number;
  revision: LexiconRevisionData;
  audit: { action: "lexicon-save" | "lexicon-revert"; entity: string; details: { version: number; added: string[]; removed: string[] } };
};

export type LexiconPlan = { ok: true; write: LexiconWrite | null; version: number } | Exclude<LexiconChangeOutcome, { ok: true }>;

const OFFICIAL = (origin: string) => origin !== "editorial";

export function snapshotOf(rows: readonly StoredLexiconRow[]): PairSnapshot {
  const editor = rows.filter((r) => r.source === "editor");
  const shown = (editor.length > 0 ? editor : rows.filter((r) => r.source === "seed")).toSorted((a, b) => a.position - b.position);
  if (shown.length === 0) return { source: "none", codes: [], terms: [] };
  return {
    source: editor.length > 0 ? "editor" : "seed",
    codes: shown[0]!.codes === "" ? [] : shown[0]!.codes.split(/\s+/),
    terms: shown.map((r) => ({ term: r.term, origin: r.origin as LexiconOrigin })),
  };
}

const sameSnapshot = (a: PairSnapshot, b: PairSnapshot) => JSON.stringify([a.codes, a.terms]) === JSON.stringify([b.codes, b.terms]);

/** Terms added and removed between two versions of a pair (a term whose origin changed is in both). */
export function termChanges(before: PairSnapshot, after: PairSnapshot): { added: string[]; removed: string[] } {
  const key = (t: PairTerm) => `${t.term}\0${t.origin}`;
  const was = new Set(before.terms.map(key));
  const is = new Set(after.terms.map(key));
  return { added: after.terms.filter((t) => !was.has(key(t))).map((t) => t.term), removed: before.terms.filter((t) => !is.has(key(t))).map((t) => t.term) };
}

/**
 * An official origin names a source, so an editor may keep it only on a term that source gives
 * (the seed file's or the stored rows' term with that origin): a term an editor writes is
 * editorial, and the product never presents it as official. The form's paths of the others.
 */
export function officialMarkProblems(terms: readonly PairTerm[], known: readonly PairTerm[]): string[] {
  const sourced = new Set(known.filter((t) => OFFICIAL(t.origin)).map((t) => `${t.term}\0${t.origin}`));
  return terms.flatMap((t, i) => (OFFICIAL(t.origin) && !sourced.has(`${t.term}\0${t.origin}`) ? [`terms.${i}.origin`] : []));
}

/**
 * Whether planning `request` needs the seed file's rows of the pair: a revert writes them back, and
 * an official mark is checked against them. Reading the file costs ~0.1 s (parsing ~10,000 rows),
 * which an editorial-only save is spared.
 */
export const needsSeedRows = (request: LexiconChangeRequest) => request.kind === "revert" || (request.terms ?? []).some((t) => OFFICIAL(t.origin));

/** What a change does to a pair in `state`; `seed` is the seed file's rows of the pair (empty when needsSeedRows says so). */
export function planLexiconChange(state: PairState, request: LexiconChangeRequest, seed: readonly LexiconEntry[]): LexiconPlan {
  const before = snapshotOf(state.rows);
  if (request.kind === "create" && state.conceptRows > 0) return { ok: false, reason: "invalid", fieldErrors: { concept: ["lexiconConceptTaken"] } };
  if (request.baseVersion !== state.version) return { ok: false, reason: "conflict", version: state.version, by: state.by, at: state.at, current: before };
  const version = state.version + 1;
  /** The pair's new rows, recorded as the next revision and in the audit log. */
  const written = (rows: LexiconWrite["rows"], after: PairSnapshot): LexiconPlan => ({
    ok: true,
    version,
    write: {
      rows,
      version,
      revision: { action: request.kind, before, after },
      audit: {
        action: request.kind === "revert" ? "lexicon-revert" : "lexicon-save",
        entity: `${LEXICON_ENTITY_TYPE}:${lexiconEntityKey(request.concept, request.lang)}`,
        details: { version, ...termChanges(before, after) },
      },
    },
  });

  if (request.kind === "revert") {
    if (before.source !== "editor") return { ok: false, reason: "not-found" };
    const rows = seed.map((e) => ({ position: e.position, term: e.term, origin: e.origin, codes: e.codes.join(" "), source: "seed" as const }));
    return written(rows, snapshotOf(rows));
  }

  const terms = request.terms ?? [];
  const codes = request.codes ?? [];
  const known: PairTerm[] = [
    ...seed.map((e) => ({ term: e.term, origin: e.origin })),
    ...state.rows.map((r) => ({ term: r.term, origin: r.origin as LexiconOrigin })),
  ];
  const marks = officialMarkProblems(terms, known);
  if (marks.length > 0) return { ok: false, reason: "invalid", fieldErrors: Object.fromEntries(marks.map((path) => [path, ["lexiconOfficialOrigin"]])) };
  const after: PairSnapshot = { source: "editor", codes, terms: [...terms] };
  if (before.source !== "none" && sameSnapshot(before, after)) return { ok: true, version: state.version, write: null };
  const rows = terms.map((t, i) => ({ position: i + 1, term: t.term, origin: t.origin, codes: codes.join(" "), source: "editor" as const }));
  return written(rows, after);
}
