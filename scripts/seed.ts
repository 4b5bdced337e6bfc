/** npm run db:seed [-- --force]: migrate, load the reference data and build the search index; prints the times. */
import { runCli } from "./cli";
import { databaseLabel, openReadyDatabase } from "./db";

async function main() {
  const started = performance.now();
  const force = process.argv.includes("--force");
  const ready = await openReadyDatabase({ forceReference: force });
  const index = ready.index ?? (force ? await ready.rebuildIndex() : null);
  await ready.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `${databaseLabel()}: reference data ${ready.reference.skipped ? "unchanged, skipped" : "loaded"} in ${seconds} s —`,
    Object.entries(ready.reference.counts)
      .map(([t, n]) => `${t} ${n}`)
      .join(", "),
  );
  const repaired = ready.reference.counts["repaired names"];
  if (repaired !== undefined) console.log(`Occupation names restored (cut off in the KZiS source): ${repaired}`);
  if (ready.lexicon)
    console.log(
      `Lexicon (seeds/lexicon) ${ready.lexicon.skipped ? "unchanged, skipped" : "loaded"}: ${ready.lexicon.counts.terms} terms` +
        (ready.lexicon.counts.editedPairs ? `; ${ready.lexicon.counts.editedPairs} (concept, language) pairs edited by editors kept` : ""),
    );
  if (index) console.log(`Search index rebuilt in ${(index.milliseconds / 1000).toFixed(2)} s: ${index.entries} entries, ${index.suggestions} suggestions`);
}

runCli(main);
