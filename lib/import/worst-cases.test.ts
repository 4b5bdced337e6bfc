import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "@/lib/validation/document";
import { collapseWhitespace, stripListPunctuation, tidyPunctuation } from "./normalize";
import { joinWrapped } from "./lines";
import { linearizeHtml } from "./extract/html";
import { parseQualificationRequirements } from "./parse-qualification-requirements";
import { parseFile } from "./parse-worker";
import { readGolden } from "@/tests/support/seeds";
import { WORST_CASES } from "@/tests/support/worst-cases";

/**
 * The shapes that once made the import take time growing with the square of the input (a run of
 * spaces, a menu of many elements, a line of repeated headings, many task lines), at a size where
 * that took minutes. Each must still give the real profile inside it whole. Speed is measured by
 * `npm run bench` (MB/s, worst case next to normal), never asserted here; a quadratic step would
 * make these tests run past vitest's time-out.
 */

type ProfileGolden = Pick<ParsedDocument, "code" | "title" | "competences" | "tasks" | "socialCompetences" | "keyCompetences">;
const golden = readGolden<ProfileGolden>("351402-administrator-systemow-poczty.json");

describe("worst cases of the import, about 600 KB each", () => {
  it.each(WORST_CASES.map((make) => [make(600_000).name, make] as const))("%s: the profile inside comes through whole", async (_name, make) => {
    const worst = make(600_000);
    const { parsed } = await parseFile(new TextEncoder().encode(worst.content), worst.fileName);
    expect(parsed.code).toBe(golden.code);
    expect(parsed.title).toBe(golden.title);
    expect(parsed.tasks).toEqual(golden.tasks);
    expect(parsed.competences).toEqual(golden.competences);
    expect(parsed.socialCompetences).toEqual(golden.socialCompetences);
    expect(parsed.keyCompetences).toEqual(golden.keyCompetences);
  });
});

describe("the text helpers on long runs", () => {
  const run = " ".repeat(300_000);

  it("collapse, tidy and strip a long run of spaces that nothing follows", () => {
    expect(collapseWhitespace(`a${run}b`)).toBe("a b");
    expect(tidyPunctuation(`a${run}b${run},`)).toBe(`a${run}b,`);
    expect(stripListPunctuation(`item${run};${run}x`)).toBe(`item${run};${run}x`);
    expect(stripListPunctuation(`item;${run};`)).toBe("item");
  });

  it("joins many wrapped pieces, undoing each hyphenation", () => {
    const pieces = Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? "sta-" : "cji"));
    expect(joinWrapped(pieces)).toBe("stacji ".repeat(25_000).trimEnd());
  });

  it("joins a requirement's value wrapped over many lines", () => {
    const text = `Квалификационные требования к должности инженера\nТребования:\n- Образование: высшее\n${"техническое\n".repeat(30_000)}Должностные обязанности:\n1) администрирование серверов;\n`;
    const doc = parseQualificationRequirements(text, "ru");
    expect(doc.requirements).toHaveLength(1);
    expect(doc.requirements[0]?.value).toBe(`высшее ${Array.from({ length: 30_000 }, () => "техническое").join(" ")}`);
    expect(doc.duties).toEqual(["администрирование серверов"]);
  });

  it("drops comments, closed or never closed, however many", () => {
    expect(linearizeHtml(`<p>przed</p>${"<!-- menu -->".repeat(30_000)}<p>po</p>`)).toBe("przed\n\npo");
    expect(linearizeHtml(`<p>przed</p><p>po${"<!--".repeat(80_000)}</p>`)).toBe("przed\n\npo");
  });

  it("drops every element of a long menu and keeps the text around it", () => {
    const menu = "<nav><a>x</a></nav><script>y</script>".repeat(20_000);
    expect(linearizeHtml(`<body><p>przed</p>${menu}<p>po</p></body>`)).toBe("przed\n\npo");
  });
});
