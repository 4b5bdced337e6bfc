import { runCli } from "./cli";
import { databaseLabel, openReadyDatabase } from "./db";

async function main() {
  const { applied, alreadyApplied, close } = await openReadyDatabase({ referenceAndIndex: false });
  await close();
  console.log(
    `${databaseLabel()}: ${applied.length} migration(s) applied${applied.length ? ` (${applied.join(", ")})` : ""}, ${alreadyApplied} already applied.`,
  );
}

runCli(main);
