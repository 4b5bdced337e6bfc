import { databaseLabel, openReadyDatabase } from "./db";

async function main() {
  const { applied, alreadyApplied, close } = await openReadyDatabase({ referenceAndIndex: false });
  await close();
  console.log(
    `${databaseLabel()}: ${applied.length} migration(s) applied${applied.length ? ` (${applied.join(", ")})` : ""}, ${alreadyApplied} already applied.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
