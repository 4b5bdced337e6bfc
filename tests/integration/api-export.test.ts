import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogueLineSchema, occupationExportSchema } from "@/lib/validation/export";
import { createKazakhRequirements, createKrobiaJobDescription, createProfile351402, PROFILE_351402 } from "@/tests/factories/profile";
import { createOpenApiValidator } from "@/tests/setup/openapi-validator";
import { createReferenceDb } from "@/tests/setup/test-db";

type ExportOne = typeof import("@/app/api/v1/occupations/[code]/export/route");
type ExportAll = typeof import("@/app/api/v1/export/route");
type List = typeof import("@/app/api/v1/occupations/route");
type Search = typeof import("@/app/api/v1/search/route");
type DbModule = typeof import("@/lib/db");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-export-"));
const file = path.join(dir, "export.db");
let exportOne: ExportOne;
let exportAll: ExportAll;
let list: List;
let searchRoute: Search;
let db: DbModule["db"];
const openapi = createOpenApiValidator();
const BOM = "\uFEFF";

beforeAll(async () => {
  createReferenceDb(file).db.close();
  process.env.DATABASE_URL = `file:${file}`;
  ({ db } = await import("@/lib/db"));
  [exportOne, exportAll, list, searchRoute] = await Promise.all([
    import("@/app/api/v1/occupations/[code]/export/route"),
    import("@/app/api/v1/export/route"),
    import("@/app/api/v1/occupations/route"),
    import("@/app/api/v1/search/route"),
  ]);
  await createProfile351402(db, { keyLevels: [4, 2, 3, null, 3, 1, 3, 3, 4] });
  await createKrobiaJobDescription(db);
  await createKazakhRequirements(db);
  // The factories write through Prisma; the search index is built from the finished tables.
  const { rebuildSearchIndex } = await import("@/lib/search/index-builder");
  const { openSqlite } = await import("@/lib/db/sqlite");
  const raw = openSqlite(file);
  rebuildSearchIndex(raw);
  raw.close();
});

afterAll(async () => {
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

const one = (code: string, query = "", headers: HeadersInit = {}) =>
  exportOne.GET(new Request(`http://test/api/v1/occupations/${code}/export${query}`, { headers }), { params: Promise.resolve({ code }) });

/** The body as text with its BOM checked and removed (Response.text() would drop it silently). */
async function csvText(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.startsWith(BOM)).toBe(true);
  return text.slice(1);
}

function csvRows(text: string, delimiter = ","): Record<string, string>[] {
  return parse(text, { columns: true, delimiter }) as Record<string, string>[];
}

describe("GET /api/v1/occupations/{code}/export", () => {
  it("gives the profile as JSON that matches the OpenAPI document", async () => {
    const res = await one("351402");
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    expect(openapi.validate("/api/v1/occupations/{code}/export", 200, body)).toEqual([]);
    const data = occupationExportSchema.parse(body);
    expect(data.profile?.tasks.map((t) => t.code)).toEqual(["Z1", "Z2", "Z3", "Z4", "Z5"]);
    expect(data.profile?.keyCompetences[3]).toEqual({ name: "Sprawność motoryczna", level: null });
    expect(data.positions.suggested.map((p) => p.title)).toContain("Stanowisko ds. obsługi klienta");
  });

  it("gives the profile as CSV: BOM, one row per item, Polish letters intact, unknown level empty", async () => {
    const res = await one("351402", "?format=csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="occupation-351402.csv"');
    const rows = csvRows(await csvText(res));
    expect(Object.keys(rows[0]!)).toEqual([
      "code",
      "occupation_name",
      "section",
      "ref",
      "position",
      "text",
      "level",
      "level_status",
      "language",
      "origin",
      "origin_ref",
    ]);
    const knowledge = rows.filter((r) => r.section === "knowledge");
    expect(knowledge).toHaveLength(PROFILE_351402.tasks.reduce((n, t) => n + t.knowledge.length, 0));
    expect(knowledge[0]).toMatchObject({ code: "351402", ref: "Z1", position: "1", text: PROFILE_351402.tasks[0]!.knowledge[0], origin: "document" });
    const motor = rows.find((r) => r.section === "key_competence" && r.text === "Sprawność motoryczna")!;
    expect(motor).toMatchObject({ level: "", level_status: "unknown" });
    expect(rows.find((r) => r.section === "key_competence" && r.level === "4")?.level_status).toBe("known");
    expect(rows[0]!.occupation_name).toBe("Administrator systemów poczty elektronicznej");
  });

  it("keeps the leading zeros of a code in CSV and can use a semicolon", async () => {
    const res = await one("011001", "?format=csv&delimiter=semicolon");
    const text = await csvText(res);
    expect(text).toContain('"011001";"Oficer');
    expect(csvRows(text, ";")[0]!.code).toBe("011001");
  });

  it("answers 400 for an unknown format and 404 for an unknown code", async () => {
    expect((await one("351402", "?format=xml")).status).toBe(400);
    expect((await one("999999")).status).toBe(404);
    expect((await one("35x")).status).toBe(404);
  });
});

describe("GET /api/v1/occupations?format=csv", () => {
  it("gives the same page as CSV, codes as quoted strings", async () => {
    const res = await list.GET(new Request("http://test/api/v1/occupations?prefix=01&format=csv"));
    const text = await csvText(res);
    expect(text).toContain('"011001","occupation","Oficer zawodowych Sił Zbrojnych","0110"');
    const rows = csvRows(text);
    expect(rows.map((r) => r.code)).toEqual(
      ["01", "011", "0110", "011001", "011002", "011003", "011004", "011005", "011006", "011007", "011008", "011009", "011010"].slice(0, rows.length),
    );
  });
});

describe("GET /api/v1/search?format=csv", () => {
  it("gives the same page of results as CSV: header, codes as text, snippet without marks", async () => {
    const url = "http://test/api/v1/search?q=administrator%20poczty&pageSize=5";
    const json = (await (await searchRoute.GET(new Request(url))).json()) as { items: { code: string | null; name: string }[] };
    const res = await searchRoute.GET(new Request(`${url}&format=csv&delimiter=semicolon`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await csvText(res), { columns: true, delimiter: ";" }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "code",
      "position_id",
      "name",
      "level",
      "kind",
      "language",
      "has_profile",
      "is_vocational",
      "score",
      "snippet",
    ]);
    expect(rows.map((r) => [r.code, r.name])).toEqual(json.items.map((i) => [i.code ?? "", i.name]));
    expect(rows[0]?.code).toBe("351402");
    expect(rows.every((r) => !/[<>]/.test(r.snippet ?? ""))).toBe(true);
  });

  it("answers 400 for a bad format", async () => {
    expect((await searchRoute.GET(new Request("http://test/api/v1/search?q=a&format=xml"))).status).toBe(400);
  });
});

describe("GET /api/v1/export (JSON Lines)", () => {
  // The first-byte time itself is a benchmark figure (npm run bench -- --only export), not a test assertion;
  // here: the body is a real stream whose first chunk is far smaller than the whole catalogue.
  it("streams the meta line first, then every entry; each line matches the OpenAPI document", async () => {
    const res = await exportAll.GET(new Request("http://test/api/v1/export"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    const firstChunkBytes = first.value?.byteLength ?? 0;

    const decoder = new TextDecoder();
    let text = decoder.decode(first.value, { stream: true });
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as unknown);

    const meta = catalogueLineSchema.parse(lines[0]);
    if (meta.type !== "meta") throw new Error("first line is not the meta line");
    const occupations = await db.occupation.count();
    expect(meta.counts).toEqual({ occupations, positions: 2 });
    expect(lines).toHaveLength(1 + occupations + 2);
    expect(firstChunkBytes).toBeLessThan(text.length / 10);
    const parsed = lines.map((l) => catalogueLineSchema.parse(l));
    expect(parsed.find((l) => l.type === "occupation" && l.code === "011001")).toBeDefined();
    expect(parsed.find((l) => l.type === "occupation" && l.code === "351402" && l.profile !== null)).toBeDefined();
    expect(parsed.filter((l) => l.type === "position").map((l) => (l.type === "position" ? l.language : ""))).toEqual(["pl", "kk"]);
    // Ajv against the published schema, for a sample of lines (all of them takes seconds).
    const withProfile = lines[parsed.findIndex((l) => l.type === "occupation" && l.profile)];
    for (const line of [lines[0], lines[1], lines[1000], ...lines.slice(-2), withProfile]) {
      expect(openapi.validate("/api/v1/export", 200, line, "application/x-ndjson")).toEqual([]);
    }
    console.info(`export: first chunk ${firstChunkBytes} bytes of ${text.length} characters, ${lines.length} lines`);
  });

  it("uses the data version as ETag and answers 304 without reading the catalogue", async () => {
    const res = await exportAll.GET(new Request("http://test/api/v1/export"));
    const etag = res.headers.get("etag")!;
    await res.body?.cancel();
    const again = await exportAll.GET(new Request("http://test/api/v1/export", { headers: { "If-None-Match": etag } }));
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
  });
});
