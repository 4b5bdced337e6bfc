/** An editor's lexicon change on SQLite (lib/lexicon/edit.ts), in one BEGIN IMMEDIATE transaction. The PostgreSQL twin: ../pg/lexicon.ts. */
import type Database from "better-sqlite3";
import { toSqliteDate } from "@/lib/db/sqlite";
import { needsSeedRows, planLexiconChange, type LexiconChangeOutcome, type LexiconChangeRequest, type StoredLexiconRow } from "@/lib/lexicon/edit";
import { seedPairOf } from "@/lib/seed/lexicon-set";
import { stateOf, stateQueries, writeStatements, type LastRevisionRow } from "../lexicon-sql";
import { bumpDataVersionSqlite, bumpIndexVersionSqlite } from "./app-meta";

export function changeLexiconSqlite(db: Database.Database, request: LexiconChangeRequest, seedDir: string): LexiconChangeOutcome {
  // The file is read before the lock is taken: the transaction holds it for the statements only.
  const seed = needsSeedRows(request) ? seedPairOf(seedDir, request.concept, request.lang) : [];
  const run = db.transaction((): LexiconChangeOutcome => {
    const [pair, last, concept] = stateQueries(request.concept, request.lang).map(([sql, params]) => db.prepare(sql).all(...params));
    const state = stateOf(pair as StoredLexiconRow[], last![0] as LastRevisionRow | undefined, (concept![0] as { n: number }).n);
    const plan = planLexiconChange(state, request, seed);
    if (!plan.ok) return plan;
    if (!plan.write) return { ok: true, version: plan.version, changed: false };
    for (const [sql, params] of writeStatements(request.concept, request.lang, plan.write, request.actorId, request.ip, toSqliteDate()))
      db.prepare(sql).run(...params);
    // Search reads the lexicon per index version (lib/search/expansion.ts): its next query sees the change.
    bumpIndexVersionSqlite(db);
    bumpDataVersionSqlite(db);
    return { ok: true, version: plan.version, changed: true };
  });
  return run.immediate();
}
