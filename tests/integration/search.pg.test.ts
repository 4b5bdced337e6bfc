/**
 * Full-text search on PostgreSQL (lib/search/pg): the same quality table as the SQLite engine
 * (tests/setup/search-quality.ts) on the same documents, and the behaviours the app relies on.
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchIndexPg, suggestFromIndexPg } from "@/lib/search/pg/engine";
import { reindexEntriesPg, rebuildSearchIndexPg } from "@/lib/search/pg/index-builder";
import { withPgTransaction } from "@/lib/db/pg";
import { searchQuerySchema, type SearchItem, type SearchQuery } from "@/lib/validation/search";
import { dropTestDatabase } from "../setup/pg-test-db";
import { QUALITY } from "../setup/search-quality";
import { createSearchTestDbPg, insertPositionPg } from "../setup/search-test-db-pg";

let pool: pg.Pool;
let url: string;
let kazakhPositionId: number;
let polishPositionId: number;

beforeAll(async () => {
  ({ pool, url, kazakhPositionId, polishPositionId } = await createSearchTestDbPg("search"));
});

afterAll(async () => {
  await pool.end();
  await dropTestDatabase(url);
});

const search = (query: Partial<Record<keyof SearchQuery, string>>) => searchIndexPg(pool, searchQuerySchema.parse(query));
const keyOf = (item: Pick<SearchItem, "code" | "positionId">) => (item.positionId !== null ? `position:${item.positionId}` : item.code);

function expectedKey(expected: string): string {
  if (expected === "position:kk") return `position:${kazakhPositionId}`;
  if (expected === "position:pl") return `position:${polishPositionId}`;
  return expected;
}

describe("search quality on PostgreSQL", () => {
  const ranks: string[] = [];
  afterAll(() => {
    console.info(`search quality on PostgreSQL (rank of the expected entry):\n${ranks.join("\n")}`);
  });

  it.each(QUALITY)("$query → $expected", async ({ query, expected, top = 3 }) => {
    const result = await search({ q: query, pageSize: "20" });
    const keys = result.items.map(keyOf);
    const rank = keys.indexOf(expectedKey(expected)) + 1;
    ranks.push(`${query.padEnd(36)} ${expected.padEnd(12)} ${rank || "—"}`);
    expect(
      rank,
      `top results: ${result.items
        .slice(0, 5)
        .map((i) => `${keyOf(i)} ${i.name}`)
        .join(" | ")}`,
    ).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(top);
  });
});

describe("searchIndexPg", () => {
  it("marks the matched words of the snippet", async () => {
    const item = (await search({ q: "zarządzaniem kontami" })).items.find((i) => i.code === "351402");
    expect(item?.snippet?.field).toBe("tasks");
    expect(item?.snippet?.parts.filter((p) => p.isMatch).map((p) => p.text)).toEqual(["zarządzanie", "kontami"]);
  });

  it("finds the entry itself first for a code, then its subtree in code order (leading zeros kept)", async () => {
    const result = await search({ q: "3514" });
    expect(result.mode).toBe("code");
    expect(result.items[0]?.code).toBe("3514");
    expect(result.items.every((i) => i.code?.startsWith("3514"))).toBe(true);
    expect((await search({ q: "0110" })).items[0]?.code).toBe("0110");
  });

  it("answers an empty query with facets over everything and no items", async () => {
    const result = await search({ q: "" });
    expect(result.mode).toBe("empty");
    expect(result.items).toEqual([]);
    // Every KZiS entry, and the one position linked to a code (the Kazakh one has none).
    expect(result.facets.prefix.buckets.reduce((n, b) => n + b.count, 0)).toBe(3543 + 1);
  });

  it("falls back to entries with some of the words when none has all", async () => {
    const result = await search({ q: "spawacz xyzzyqwerty" });
    expect(result.isPartial).toBe(true);
    expect(result.items[0]?.code).toBe("721204");
  });

  it("never fails on hostile input", async () => {
    for (const q of ["'", "a:*", "x & y", "!!", "(", "<->", "\\", "\u0301", "zarz' | 'a", "ż"]) {
      const result = await search({ q });
      expect(Array.isArray(result.items)).toBe(true);
    }
  });

  it("finds Kazakh words whatever their case", async () => {
    const upper = await search({ q: "СЕРВЕРЛЕРДЕ" });
    expect(upper.items.map(keyOf)).toContain(`position:${kazakhPositionId}`);
  });
});

describe("suggestFromIndexPg", () => {
  it("suggests names that start with what was typed, one per entry", async () => {
    const { items } = await suggestFromIndexPg(pool, "spawa", 8);
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]?.label.toLowerCase().startsWith("spawa")).toBe(true);
    expect(new Set(items.map((i) => `${i.code}:${i.positionId}`)).size).toBe(items.length);
    expect((await suggestFromIndexPg(pool, "3514", 3)).items.map((i) => i.code)).toEqual(["3514", "351401", "351402"]);
    expect((await suggestFromIndexPg(pool, "k", 8)).items).toEqual([]);
  });
});

describe("index building on PostgreSQL", () => {
  it("re-indexes one entry inside a transaction and drops a deleted one", async () => {
    const positionId = await insertPositionPg(pool, {
      key: "suwnica",
      kind: "job-description",
      language: "pl",
      title: "Operator suwnicy bramowej",
      occupationCode: null,
      duties: ["Obsługa suwnicy"],
    });
    expect((await search({ q: "suwnicy bramowej" })).items.map(keyOf)).not.toContain(`position:${positionId}`);
    await withPgTransaction(pool, (client) => reindexEntriesPg(client, { positionIds: [positionId] }));
    expect((await search({ q: "suwnicy bramowej" })).items.map(keyOf)).toContain(`position:${positionId}`);
    await pool.query(`DELETE FROM "PositionDuty" WHERE "positionId" = $1; `, [positionId]);
    await pool.query(`DELETE FROM "Position" WHERE id = $1`, [positionId]);
    const result = await withPgTransaction(pool, (client) => reindexEntriesPg(client, { positionIds: [positionId] }));
    expect(result).toEqual({ updated: 0, removed: 1 });
    expect((await search({ q: "suwnicy bramowej" })).items.map(keyOf)).not.toContain(`position:${positionId}`);
  });

  it("rebuilds the whole index: every entry once", async () => {
    const result = await rebuildSearchIndexPg(pool);
    const { rows } = await pool.query<{ n: number; d: number }>(`SELECT COUNT(*)::int AS n, COUNT(DISTINCT id)::int AS d FROM search_entry`);
    expect(rows[0]).toEqual({ n: result.entries, d: result.entries });
    expect(result.entries).toBe(3543 + 2);
  });
});
