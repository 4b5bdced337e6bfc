import { databaseFile, openMigrated } from "./db";

const { db, applied, alreadyApplied } = openMigrated();
db.close();
console.log(`${databaseFile()}: ${applied.length} migration(s) applied${applied.length ? ` (${applied.join(", ")})` : ""}, ${alreadyApplied} already applied.`);
