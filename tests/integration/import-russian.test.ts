/**
 * Russian and Kazakh post documents through every way in (issue 12): a Russian job instruction as
 * UTF-8 and as Windows-1251 bytes made here, a Kazakh page whose letters were lost to "?", and a
 * text of no kind, imported by the CLI (`npm run import -- --dry-run --json`, spawned as a process)
 * and by the upload form's server actions (preview, then confirm, with an editor's session). Both
 * ways give the same parsed document, or the same refusal with the same details.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/db/sqlite";
import type { ImportWarning, ParsedDocument } from "@/lib/validation/document";
import { KAZAKH_REQUIREMENTS_PAGE, RUSSIAN_JOB_INSTRUCTION } from "@/tests/support/fixtures";
import { mockActionContext } from "../setup/action-context";
import { bothWaysIn, parsedOnly } from "../setup/import-ways";

mockActionContext();

// A busy test machine must not turn a slow parse into a refusal; the limit has its own tests.
const TIME_LIMIT = { IMPORT_TIME_LIMIT_MS: "60000" };
Object.assign(process.env, TIME_LIMIT);

type CliRow = ParsedDocument & { file: string; status: string; error: { code: string; details?: ImportWarning[] } | null };

const FILES = [
  { name: "instrukcija-utf8.txt", bytes: new TextEncoder().encode(RUSSIAN_JOB_INSTRUCTION) },
  { name: "instrukcija-1251.txt", bytes: new Uint8Array(iconv.encode(RUSSIAN_JOB_INSTRUCTION, "windows-1251")) },
  { name: "talaptar-lost-letters.txt", bytes: new TextEncoder().encode(KAZAKH_REQUIREMENTS_PAGE.replace(/[әғқңөұүһі]/giu, "?")) },
  { name: "recept.txt", bytes: new TextEncoder().encode("Рецепт борща: свёкла, капуста, картофель.") },
];

describe("Russian and Kazakh post documents through the CLI and the upload", () => {
  const ways = bothWaysIn<CliRow>("import-russian", () => FILES, TIME_LIMIT);
  const { dbFile, upload } = ways;

  const cliRow = (name: string) => {
    const row = ways.rows().find((r) => r.file === name);
    expect(row, name).toBeDefined();
    return row!;
  };

  it("the CLI reads the Russian instruction from UTF-8 and from Windows-1251 bytes alike, and refuses the other two with their reasons", () => {
    expect(ways.rows().map((r) => [r.file, r.status, r.error?.code ?? null, r.error?.details?.map((d) => d.code) ?? null])).toEqual([
      ["instrukcija-1251.txt", "parsed", null, null],
      ["instrukcija-utf8.txt", "parsed", null, null],
      ["recept.txt", "failed", "unknown-kind", ["kindMarkersNotFound"]],
      ["talaptar-lost-letters.txt", "failed", "encoding", ["lettersReplaced"]],
    ]);
    const utf8 = cliRow("instrukcija-utf8.txt");
    expect([utf8.kind, utf8.language, utf8.summary]).toEqual(["qualification-requirements", "ru", "Главный специалист отдела информационных технологий"]);
    expect(utf8.sections.map((s) => s.heading)).toEqual(["Общие положения", "Права", "Ответственность"]);
    expect(utf8.duties).toHaveLength(3);
    expect(utf8.requirements.map((r) => r.label)).toEqual(["Образование", "Опыт работы"]);
    expect(parsedOnly(cliRow("instrukcija-1251.txt"))).toEqual(parsedOnly(utf8));
  });

  it.each(["instrukcija-utf8.txt", "instrukcija-1251.txt"])("%s: the upload's preview shows what the CLI parsed", async (name) => {
    const preview = await upload("preview", name);
    const doc = cliRow(name);
    expect(preview.status).toBe("parsed");
    expect(preview.error).toBeNull();
    expect(preview.document).toMatchObject({
      kind: doc.kind,
      language: doc.language,
      title: doc.title,
      warnings: doc.warnings,
      counts: { duties: doc.duties.length, sections: doc.sections.length, requirements: doc.requirements.length, tasks: 0 },
    });
  });

  it("the confirmed upload stores the instruction the CLI parsed; the Windows-1251 copy is the same document, unchanged", async () => {
    const first = await upload("confirm", "instrukcija-utf8.txt");
    expect(first.status).toBe("imported");
    const second = await upload("confirm", "instrukcija-1251.txt");
    expect(second.status).toBe("unchanged");
    const raw = openSqlite(dbFile, { readonly: true });
    const stored = raw.prepare("SELECT parsed FROM SourceDocument WHERE id = ?").get(first.documentId) as { parsed: string };
    const position = raw.prepare("SELECT id, kind, language, summary FROM Position WHERE documentId = ?").get(first.documentId) as Record<string, unknown>;
    const sections = raw.prepare(`SELECT heading, text, items FROM PositionSection WHERE positionId = ? ORDER BY "order"`).all(position.id) as {
      heading: string;
      items: string;
    }[];
    const duties = raw.prepare(`SELECT text FROM PositionDuty WHERE positionId = ? ORDER BY "order"`).all(position.id) as { text: string }[];
    const requirements = raw.prepare(`SELECT label, value FROM PositionRequirement WHERE positionId = ? ORDER BY "order"`).all(position.id);
    raw.close();
    const doc = cliRow("instrukcija-utf8.txt");
    expect(JSON.parse(stored.parsed)).toEqual(parsedOnly(doc));
    expect(position).toMatchObject({ kind: "qualification-requirements", language: "ru", summary: doc.summary });
    expect(sections.map((s) => ({ ...s, items: JSON.parse(s.items) as string[] }))).toEqual(doc.sections);
    expect(duties.map((d) => d.text)).toEqual(doc.duties);
    expect(requirements).toEqual(doc.requirements);
  });

  it.each(["talaptar-lost-letters.txt", "recept.txt"])("%s: the upload refuses it as the CLI does, with the same details, and stores nothing", async (name) => {
    for (const action of ["preview", "confirm"] as const) {
      const result = await upload(action, name);
      expect(result.status).toBe("failed");
      expect(result.document).toBeNull();
      expect({ code: result.error?.code, details: result.error?.details }).toEqual({ code: cliRow(name).error?.code, details: cliRow(name).error?.details });
    }
    const raw = openSqlite(dbFile, { readonly: true });
    const stored = raw.prepare("SELECT COUNT(*) AS n FROM SourceDocument WHERE fileName = ?").get(name) as { n: number };
    raw.close();
    expect(stored.n).toBe(0);
  });
});
