/** The store contract (tests/setup/store-contract.ts) on SQLite. */
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { storeOf } from "@/lib/store";
import { describeStoreContract } from "../setup/store-contract";
import { createReferenceDb } from "../setup/test-db";

describeStoreContract("SQLite", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-store-contract-"));
  const { db } = createReferenceDb(path.join(dir, "contract.db"));
  return {
    store: storeOf(db),
    rows: async <T>(sql: string, params: unknown[] = []) =>
      /^\s*(?:SELECT|(?:UPDATE|INSERT).*RETURNING)/is.test(sql) ? (db.prepare(sql).all(...params) as T[]) : [],
    breakSearchIndex: async (broken) => {
      db.exec(
        broken
          ? `CREATE TRIGGER contract_broken_index BEFORE INSERT ON search_entry BEGIN SELECT RAISE(ABORT, 'index down'); END`
          : `DROP TRIGGER contract_broken_index`,
      );
    },
    close: async () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
