/** The store contract (tests/setup/store-contract.ts) on PostgreSQL. */
import { createPgPool } from "@/lib/db/pg";
import { numberedParams } from "@/lib/store/app-meta";
import { storeOf } from "@/lib/store";
import { describeStoreContract } from "../setup/store-contract";
import { createTestDatabase, dropTestDatabase } from "../setup/pg-test-db";

describeStoreContract("PostgreSQL", async () => {
  const url = await createTestDatabase("store_contract");
  const pool = createPgPool(url, { max: 4 });
  return {
    store: storeOf(pool),
    // COUNT(*) is a bigint: read as a number, as SQLite gives it.
    rows: async <T>(sql: string, params: unknown[] = []) => (await pool.query(numberedParams(sql.replace("COUNT(*)", "COUNT(*)::int")), params)).rows as T[],
    breakSearchIndex: async (broken) => {
      await pool.query(
        broken
          ? `CREATE FUNCTION contract_broken_index() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'index down'; END $$;
             CREATE TRIGGER contract_broken_index BEFORE INSERT ON search_entry FOR EACH ROW EXECUTE FUNCTION contract_broken_index();`
          : `DROP TRIGGER contract_broken_index ON search_entry; DROP FUNCTION contract_broken_index();`,
      );
    },
    close: async () => {
      await pool.end();
      await dropTestDatabase(url);
    },
  };
});
