/**
 * Imports seeds/documents through the same import path as `npm run import`, but only into a
 * database that has no imported document yet (first start).
 */
export async function importSeedDocumentsIfEmpty(): Promise<void> {
  // Filled in with the import pipeline (issue 3).
}
