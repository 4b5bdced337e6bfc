/**
 * Sections 1 and 4–7 of an INFOdoradca+ page through both ways in (issue 16.3): a page of only
 * sections 4–7, and the mail administrator's section-3 page carrying them after its tasks, run
 * through the CLI (`npm run import -- --dry-run --json`, spawned) and the upload's actions (preview,
 * confirm). Both ways give the same parsed document, each subsection with its section; the confirmed
 * imports merge into one profile that holds the tasks and sections 4–7 in the source's order.
 */
import { describe, expect, it } from "vitest";
import { openSqlite } from "@/lib/db/sqlite";
import type { ParsedDocument } from "@/lib/validation/document";
import { LATER_SECTIONS, PROFILE_LATER_SECTIONS_HEADINGS, PROFILE_LATER_SECTIONS_PAGE } from "@/tests/support/fixtures";
import { readSeed } from "@/tests/support/seeds";
import { mockActionContext } from "../setup/action-context";
import { bothWaysIn, parsedOnly } from "../setup/import-ways";

mockActionContext();

const TIME_LIMIT = { IMPORT_TIME_LIMIT_MS: "60000" };
Object.assign(process.env, TIME_LIMIT);

type CliRow = ParsedDocument & { file: string; status: string };

const SECTION_3_WITH_LATER = readSeed("mailAdministrator").replace(/\nPartnerzy\n/u, `\n${LATER_SECTIONS}\nPartnerzy\n`);
const LATER_HEADINGS = PROFILE_LATER_SECTIONS_HEADINGS;
const headingsOf = (subsections: readonly { section: number; level: number; heading: string }[]) =>
  subsections.map((s) => `${s.section}/${s.level} ${s.heading}`);

describe("sections 4–7 through the CLI and the upload", () => {
  const ways = bothWaysIn<CliRow>(
    "later-sections",
    () => [
      { name: "rynek-pracy.txt", bytes: new TextEncoder().encode(PROFILE_LATER_SECTIONS_PAGE) },
      { name: "zadania-i-dalej.txt", bytes: new TextEncoder().encode(SECTION_3_WITH_LATER) },
    ],
    TIME_LIMIT,
  );
  const cliDoc = (name: string) => ways.rows().find((r) => r.file === name)!;

  it("the CLI's dry-run JSON carries each subsection with its section number, in the source's order", () => {
    const later = cliDoc("rynek-pracy.txt");
    expect([later.status, later.part]).toEqual(["parsed", "sections"]);
    expect(headingsOf(later.subsections)).toEqual(LATER_HEADINGS);
    const withTasks = cliDoc("zadania-i-dalej.txt");
    expect([withTasks.status, withTasks.part]).toEqual(["parsed", "tasks"]);
    expect(headingsOf(withTasks.subsections)).toEqual(LATER_HEADINGS);
    expect(withTasks.tasks.length).toBeGreaterThan(0);
  });

  it.each(["rynek-pracy.txt", "zadania-i-dalej.txt"])(
    "%s: the upload's preview counts what the CLI parsed, and the confirmed import stores it",
    async (name) => {
      const preview = await ways.upload("preview", name);
      expect([preview.status, preview.document?.part, preview.document?.counts.subsections]).toEqual(["parsed", cliDoc(name).part, LATER_HEADINGS.length]);
      const confirmed = await ways.upload("confirm", name);
      expect(confirmed.status).toBe("imported");
      const raw = openSqlite(ways.dbFile, { readonly: true });
      const stored = raw.prepare("SELECT parsed FROM SourceDocument WHERE id = ?").get(confirmed.documentId) as { parsed: string };
      raw.close();
      expect(JSON.parse(stored.parsed)).toEqual(parsedOnly(cliDoc(name)));
    },
  );

  it("both parts merged into one profile: its tasks, and sections 4–7 once, by section in the source's order", () => {
    const raw = openSqlite(ways.dbFile, { readonly: true });
    const rows = raw
      .prepare(
        `SELECT s.section, s.level, s.heading FROM ProfileSubsection s JOIN Profile p ON p.id = s.profileId WHERE p.occupationCode = '351402' ORDER BY s.section, s.position`,
      )
      .all() as { section: number; level: number; heading: string }[];
    const tasks = raw.prepare(`SELECT COUNT(*) AS n FROM ProfileTask t JOIN Profile p ON p.id = t.profileId WHERE p.occupationCode = '351402'`).get() as {
      n: number;
    };
    raw.close();
    expect(headingsOf(rows)).toEqual(LATER_HEADINGS);
    expect(tasks.n).toBe(cliDoc("zadania-i-dalej.txt").tasks.length);
  });
});
