import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signInAsEditor } from "./helpers/sign-in";

/**
 * Issue 16 in a real browser against `npm start`: documents uploaded through the import form land
 * on the public profile page — section 2 with its summary first and the source's headings in order,
 * sections 4 and 5 after it under their numbered headings,
 * and a page cut off mid-way with the "source incomplete" note, which an editor clears once the
 * profile is complete; a job description's sections each with the form's number, the irregular
 * duties marked. The profiles use codes without a seed profile, removed at the end
 * (tests/setup/e2e-remove-profile.ts) so the other specs see the seed state.
 */

const SECTION_2_CODE = "351205";
const CUT_CODE = "351403";
const E2E_DB_URL = process.env.E2E_DATABASE_URL ?? `file:${path.resolve("tests/.tmp/e2e.db")}`;

/** Section 2 of an INFOdoradca+ page, written for this test from the portal's structure (glossary numbers after words). */
const SECTION_2 = `INFOdoradca+ Informacje o zawodach

Tester gier komputerowych

Kod: ${SECTION_2_CODE}

2. Opis zawodu

Tester gier komputerowych

Tester gier komputerowych 3 sprawdza gry przed wydaniem i zgłasza błędy (bugi) 5 zespołowi produkcji.

Opis pracy

Sposoby wykonywania pracy

Przechodzi kolejne poziomy gry według scenariuszy testów 2 i opisuje każdy błąd w systemie zgłoszeń.

Środowisko pracy

Warunki pracy

Praca w biurze, przy komputerze i konsolach, czasem zdalnie.

Zawody pokrewne

 • Pracownik wsparcia informatycznego (help desk).

4. Rynek pracy

Testerów zatrudniają studia gier 4 w Krakowie i Warszawie.

4.1. Możliwości zatrudnienia

 • studia produkujące gry;
 • firmy testujące oprogramowanie.

5. Zatrudnienie osób z niepełnosprawnością

Praca jest możliwa dla osób z niepełnosprawnością narządu ruchu.

Partnerzy
`;
const HEADINGS = ["Opis pracy", "Sposoby wykonywania pracy", "Środowisko pracy", "Warunki pracy", "Zawody pokrewne"];
/** Sections 4 and 5 of the same page: each numbered heading (h2) with its subsections (4.1 → h3). */
const LATER_SECTIONS = ["4. Rynek pracy", "5. Zatrudnienie osób z niepełnosprawnością"];
const LATER_SUBSECTIONS = 3; // two section headings and 4.1

/** Section 3 of the mail administrator's seed page, filed under another code and saved as a page that breaks off inside a word in Z4's skills. */
function cutOffPage(): string {
  const seed = fs.readdirSync("seeds/documents").find((f) => f.startsWith("000_"));
  if (!seed) throw new Error("seed 000 missing");
  const whole = fs.readFileSync(path.join("seeds/documents", seed), "utf8").replaceAll("351402", CUT_CODE);
  const at = whole.indexOf(" • Ustawiać bezpieczne hasło");
  if (at < 0) throw new Error("the seed's Z4 skills moved; update the cut");
  return `${whole.slice(0, at)} • Ustawiać bezpie`;
}

/** Uploads one text file, checks the preview (and `previewSays`, when given), then imports it. */
async function upload(page: Page, name: string, text: string, previewSays?: string) {
  await page.goto("/admin/imports");
  await page.getByLabel("Dokumenty (txt, html, pdf, docx)").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
  await page.getByRole("button", { name: "Przeanalizuj" }).click();
  // The analysis and the import are server round trips with the upload; allow for a busy machine.
  await expect(page.getByText("gotowy do importu")).toBeVisible({ timeout: 15_000 });
  if (previewSays) await expect(page.getByText(previewSays)).toBeVisible();
  await page.getByRole("button", { name: "Importuj 1 plik" }).click();
  await expect(page.getByText(/zaimportowano/u)).toBeVisible({ timeout: 15_000 });
}

function run(args: string[]) {
  execFileSync("npx", ["tsx", ...args], { env: { ...process.env, DATABASE_URL: E2E_DB_URL }, encoding: "utf8", timeout: 120_000 });
}

test.describe("every section of a job description in its field", () => {
  test("the Krobia seed's position page numbers each section as the form does and marks the irregular duties", async ({ page, request }) => {
    // Position ids follow the seeds' import order: the job description is the one whose page names Krobia.
    let id = 0;
    for (let n = 1; n <= 30 && id === 0; n++) {
      const response = await request.get(`/positions/${n}`);
      if (response.status() === 200 && (await response.text()).includes("Urzędzie Miejskim w Krobi")) id = n;
    }
    expect(id).toBeGreaterThan(0);
    await page.goto(`/positions/${id}`);
    const irregular = page.locator('[data-field="irregularDuties"]');
    await expect(irregular.getByRole("heading", { level: 3 })).toHaveText("4.2. Zakres obowiązków – nieregularne");
    await expect(irregular.getByTestId("irregular-duties")).toBeVisible();
    await expect(page.locator('[data-field="regularDuties"]').getByRole("heading", { level: 3 })).toHaveText("4.1. Zakres obowiązków – podstawowe");
    // Only the irregular duties carry the mark.
    await expect(page.getByTestId("irregular-duties")).toHaveCount(1);
  });
});

test.describe("every section of an imported page on the profile page", () => {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(120_000);

  test.afterAll(() => {
    for (const code of [SECTION_2_CODE, CUT_CODE]) run(["tests/setup/e2e-remove-profile.ts", code]);
    // Rebuilds the search index without the removed profiles.
    run(["scripts/seed.ts", "--force"]);
  });

  test("a section-2 document with sections 4 and 5 uploaded by an editor shows its summary first, the source's headings in order, then 4 and 5 under their numbered headings", async ({
    page,
  }) => {
    await signInAsEditor(page, "/admin/imports");
    await upload(page, "opis-zawodu-351205.txt", SECTION_2, `podrozdziały strony (sekcje 1, 2, 4–7): ${HEADINGS.length + LATER_SUBSECTIONS}`);
    await page.goto(`/occupations/${SECTION_2_CODE}`);
    const description = page.getByTestId("profile-description");
    await expect(description.getByRole("heading", { level: 2 })).toHaveText("Opis zawodu");
    // The glossary numbers ("3", "5") are gone from the lead sentence.
    await expect(description.getByTestId("profile-summary")).toHaveText(
      "Tester gier komputerowych sprawdza gry przed wydaniem i zgłasza błędy (bugi) zespołowi produkcji.",
    );
    await expect(description.locator("h3, h4")).toHaveText(HEADINGS);
    // The summary comes before the first subsection.
    const [summaryBox, firstBox] = await Promise.all([
      description.getByTestId("profile-summary").boundingBox(),
      description.locator("h3").first().boundingBox(),
    ]);
    expect(summaryBox!.y).toBeLessThan(firstBox!.y);
    await expect(description.getByRole("listitem")).toHaveText(["Pracownik wsparcia informatycznego (help desk)"]);

    // Sections 4 and 5 under their numbered headings, after section 2, in the source's order, glossary number gone.
    const later = page.getByTestId("profile-page-section");
    await expect(later.getByRole("heading", { level: 2 })).toHaveText(LATER_SECTIONS);
    await expect(later.first().getByRole("heading", { level: 3 })).toHaveText("Możliwości zatrudnienia");
    await expect(later.first()).toContainText("Testerów zatrudniają studia gier w Krakowie i Warszawie.");
    const h2 = await page.locator("main h2").allTextContents();
    const at = ["Opis zawodu", ...LATER_SECTIONS].map((t) => h2.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Heading levels never skip going down, and there is one h1.
    const levels = await page
      .locator("main")
      .evaluate((main) => Array.from(main.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((h) => Number(h.tagName.slice(1))));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  test("a page cut off mid-way shows 'source incomplete'; the editor clears the flag once the profile is complete", async ({ page }) => {
    await signInAsEditor(page, "/admin/imports");
    await upload(page, "zadania-351403-urwane.txt", cutOffPage());
    await page.goto(`/occupations/${CUT_CODE}`);
    await expect(page.getByTestId("source-incomplete")).toContainText("Źródło niekompletne");
    await expect(page.getByTestId("source-incomplete")).toContainText("Z4");

    await page.goto(`/admin/entries/profile/${CUT_CODE}`);
    const flag = page.getByTestId("editor-source-incomplete");
    await expect(flag).toContainText("Z4");
    await flag.getByRole("button", { name: /usuń oznaczenie/u }).click();
    await expect(flag).toHaveCount(0);
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Opublikowano/u })).toBeVisible();
    await page.goto(`/occupations/${CUT_CODE}`);
    await expect(page.getByRole("heading", { name: "Zadania zawodowe", exact: true })).toBeVisible();
    await expect(page.getByTestId("source-incomplete")).toHaveCount(0);
  });
});
