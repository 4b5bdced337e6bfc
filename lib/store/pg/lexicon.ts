/** The PostgreSQL twin of ../sqlite/lexicon.ts: the same plan and statements, one transaction under the write lock. */
import type pg from "pg";
import { lockForWritingPg, withPgTransaction } from "@/lib/db/pg";
import { needsSeedRows, planLexiconChange, type LexiconChangeOutcome, type LexiconChangeRequest, type StoredLexiconRow } from "@/lib/lexicon/edit";
import { seedPairOf } from "@/lib/seed/lexicon-set";
import { numberedParams } from "../app-meta";
import { stateOf, stateQueries, writeStatements, type LastRevisionRow } from "../lexicon-sql";
import { bumpDataVersionPg, bumpIndexVersionPg } from "./app-meta";

export async function changeLexiconPg(pool: pg.Pool, request: LexiconChangeRequest, seedDir: string): Promise<LexiconChangeOutcome> {
  const seed = needsSeedRows(request) ? seedPairOf(seedDir, request.concept, request.lang) : [];
  return withPgTransaction(pool, async (client): Promise<LexiconChangeOutcome> => {
    await lockForWritingPg(client);
    const results = [];
    for (const [sql, params] of stateQueries(request.concept, request.lang)) results.push((await client.query(numberedParams(sql), params)).rows);
    const [pair, last, concept] = results;
    const state = stateOf(pair as StoredLexiconRow[], last![0] as LastRevisionRow | undefined, (concept![0] as { n: string }).n);
    const plan = planLexiconChange(state, request, seed);
    if (!plan.ok) return plan;
    if (!plan.write) return { ok: true, version: plan.version, changed: false };
    for (const [sql, params] of writeStatements(request.concept, request.lang, plan.write, request.actorId, request.ip, new Date()))
      await client.query(numberedParams(sql), params);
    await bumpIndexVersionPg(client);
    await bumpDataVersionPg(client);
    return { ok: true, version: plan.version, changed: true };
  });
}
