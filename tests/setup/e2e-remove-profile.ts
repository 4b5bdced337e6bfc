/**
 * e2e clean-up: removes a profile an e2e spec created (row, content, drafts, revisions, editors'
 * titles, the documents imported for it), so the other specs find the seed state whichever order the files run in.
 *   npx tsx tests/setup/e2e-remove-profile.ts 251201   (DATABASE_URL: the e2e database)
 * Test tooling only; the product has no way to delete a profile.
 */
import pg from "pg";
import { openSqlite } from "../../lib/db/sqlite";

const code = process.argv[2] ?? "";
if (!/^\d{6}$/.test(code)) throw new Error("usage: e2e-remove-profile.ts <6-digit code>");
const url = process.env.DATABASE_URL ?? "";

const statements = [
  [`DELETE FROM "Revision" WHERE "entityType" = 'profile' AND "entityKey" = $1`],
  [`DELETE FROM "Draft" WHERE "entityType" = 'profile' AND "entityKey" = $1`],
  [`DELETE FROM "AltTitle" WHERE "occupationCode" = $1 AND source = 'editor'`],
  // The documents an e2e spec imported for it: a later run imports them anew.
  [`DELETE FROM "SourceDocument" WHERE "documentKey" LIKE 'occupation-profile:' || $1 || ':%'`],
  [`DELETE FROM "Profile" WHERE "occupationCode" = $1`],
].map(([sql]) => sql!);

if (url.startsWith("postgres")) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  for (const sql of statements) await client.query(sql, [code]);
  await client.query("COMMIT");
  await client.end();
} else {
  const db = openSqlite(url.replace(/^file:/, ""));
  db.transaction(() => {
    for (const sql of statements) db.prepare(sql.replace("$1", "?")).run(code);
  })();
  db.close();
}
