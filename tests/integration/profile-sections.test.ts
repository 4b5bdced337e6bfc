/**
 * Section 2 of a profile end to end below the browser (issue 16.3): imported through the CLI's
 * path (importPaths) together with section 3, it is read back in the source's order, exported as
 * JSON (checked against the OpenAPI document) and CSV, and found by a word only a subsection holds.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/import/parse-document";
import { occupationExportSchema } from "@/lib/validation/export";
import { PROFILE_LATER_SECTIONS_PAGE, PROFILE_SECTION_2_PAGE } from "@/tests/support/fixtures";
import { SEED_FILES } from "@/tests/support/seeds";
import { createOpenApiValidator } from "@/tests/setup/openapi-validator";
import { createReferenceDb, ROOT } from "@/tests/setup/test-db";

type ExportOne = typeof import("@/app/api/v1/occupations/[code]/export/route");
type Search = typeof import("@/app/api/v1/search/route");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-sections-"));
const file = path.join(dir, "sections.db");
const openapi = createOpenApiValidator();
// A word that only the "Warunki pracy" subsection holds: not in the synthesis, the work description or KZiS.
const PAGE = PROFILE_SECTION_2_PAGE.replace("w systemie dyżurów.", "w systemie dyżurów w Kętrzyszewie.");
const expected = parseDocument(PAGE);
const expectedLater = parseDocument(PROFILE_LATER_SECTIONS_PAGE);
let exportOne: ExportOne;
let searchRoute: Search;
let disconnect: () => Promise<void>;

beforeAll(async () => {
  createReferenceDb(file).db.close();
  process.env.DATABASE_URL = `file:${file}`;
  const section2 = path.join(dir, "opis-zawodu.txt");
  fs.writeFileSync(section2, PAGE);
  const later = path.join(dir, "rynek-pracy.txt");
  fs.writeFileSync(later, PROFILE_LATER_SECTIONS_PAGE);
  const [{ importPaths }, { openReadyDatabase }] = await Promise.all([import("@/lib/store/import"), import("@/scripts/db")]);
  const ready = await openReadyDatabase({ referenceAndIndex: true });
  try {
    // Sections 4–7 first: the parts merge in any order.
    const { outcomes } = await importPaths(ready.db, [later, section2, path.join(ROOT, "seeds/documents", SEED_FILES.mailAdministrator)]);
    expect(outcomes.map((o) => o.status)).toEqual(["imported", "imported", "imported"]);
  } finally {
    await ready.close();
  }
  [exportOne, searchRoute] = await Promise.all([import("@/app/api/v1/occupations/[code]/export/route"), import("@/app/api/v1/search/route")]);
  const { db } = await import("@/lib/db");
  disconnect = () => db.$disconnect();
}, 120_000);

afterAll(async () => {
  await disconnect?.();
  fs.rmSync(dir, { recursive: true, force: true });
});

const one = (query = "") => exportOne.GET(new Request(`http://test/api/v1/occupations/351402/export${query}`), { params: Promise.resolve({ code: "351402" }) });

describe("section 2 of a profile, merged with section 3", () => {
  it("the API's JSON has the summary and every subsection in the source's order, as the OpenAPI document describes", async () => {
    const body: unknown = await (await one()).json();
    expect(openapi.validate("/api/v1/occupations/{code}/export", 200, body)).toEqual([]);
    const { profile } = occupationExportSchema.parse(body);
    expect(profile?.summary).toBe(expected.summary);
    const section2 = profile?.subsections.filter((s) => s.section === 2);
    expect(section2).toEqual(expected.subsections);
    expect(section2?.map((s) => s.heading)).toEqual([
      "Opis pracy",
      "Sposoby wykonywania pracy",
      "Środowisko pracy",
      "Warunki pracy",
      "Wymagania psychofizyczne i zdrowotne",
      "Wykształcenie, kwalifikacje i uprawnienia zawodowe",
      "Zawody pokrewne",
    ]);
    // Section 3 from the other document is there too.
    expect(profile?.tasks.map((t) => t.code)).toEqual(["Z1", "Z2", "Z3", "Z4", "Z5"]);
    // Sections 4–7 from the third follow section 2's, each subsection with its section.
    expect(profile?.subsections).toEqual([...expected.subsections, ...expectedLater.subsections]);
    expect(profile?.subsections.filter((s) => s.level === 0).map((s) => `${s.section}. ${s.heading}`)).toEqual([
      "4. Rynek pracy",
      "5. Zatrudnienie osób z niepełnosprawnością",
      "6. Możliwości rozwoju zawodowego",
      "7. Źródła dodatkowych informacji",
    ]);
  });

  it("the CSV has the summary, then one row per subsection: heading in ref, depth in level, text whole", async () => {
    const text = new TextDecoder().decode(new Uint8Array(await (await one("?format=csv")).arrayBuffer())).replace(/^\uFEFF/u, "");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.section === "profile_summary")?.text).toBe(expected.summary);
    const subsections = rows.filter((r) => r.section === "profile_subsection");
    expect(subsections.map((r) => [r.position, r.ref, r.level, r.level_status, r.text])).toEqual(
      expected.subsections.map((s, i) => [String(i + 1), s.heading, String(s.level), "heading_level", s.text]),
    );
  });

  it("the CSV has each of sections 4–7 as its own rows (profile_section_N), numbered from 1 within it, after section 2's", async () => {
    const text = new TextDecoder().decode(new Uint8Array(await (await one("?format=csv")).arrayBuffer())).replace(/^\uFEFF/u, "");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const later = rows.filter((r) => /^profile_section_\d$/u.test(r.section ?? ""));
    expect(later.map((r) => [r.section, r.position, r.ref, r.level, r.text])).toEqual(
      expectedLater.subsections.map((s) => [
        `profile_section_${s.section}`,
        String(expectedLater.subsections.filter((o) => o.section === s.section).indexOf(s) + 1),
        s.heading,
        String(s.level),
        s.text,
      ]),
    );
    expect(rows.findIndex((r) => r.section === "profile_section_4")).toBeGreaterThan(rows.findLastIndex((r) => r.section === "profile_subsection"));
  });

  it("a word found only in a subsection finds the profile", async () => {
    const res = await searchRoute.GET(new Request("http://test/api/v1/search?q=K%C4%99trzyszewie"));
    const body = (await res.json()) as { items: { code: string | null }[] };
    expect(body.items.map((i) => i.code)).toContain("351402");
    // … and one only section 4 holds.
    const later = await searchRoute.GET(new Request("http://test/api/v1/search?q=Boles%C5%82awcu"));
    expect(((await later.json()) as { items: { code: string | null }[] }).items.map((i) => i.code)).toContain("351402");
  });
});
