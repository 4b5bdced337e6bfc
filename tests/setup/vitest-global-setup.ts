import { SHARED_TEST_DB, createReferenceDb } from "./test-db";

// One seeded database for the read-only integration tests (vitest.config.ts points DATABASE_URL at it).
export default function setup() {
  const { db } = createReferenceDb(SHARED_TEST_DB);
  db.close();
}
