import fs from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pdfPages } from "./helpers/pdf";

/**
 * The client folder (kept in the browser only) and the one-page counselling sheets, against the
 * e2e database: 351402 and 243108 are described profiles (243108 is the largest: 7 tasks, 104
 * items), 252201 has no profile.
 */

const NOTE = "Klientka zna Linuksa i pocztę; brakuje jej SQL.\nZapytać o staż – Қазақстан?";

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Prints the page as Chromium would to A4 and returns each page's text. */
async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  return (await pdfPages(pdf)).map((t) => t.replace(/\s+/g, " "));
}

test.describe("client folder", () => {
  test("shortlist with a note, export, clear, import back, a refused file changes nothing, and the one-page sheet", async ({ page }, testInfo) => {
    // Added from the occupation pages, the keyboard way (focus and Enter).
    for (const code of ["351402", "243108"]) {
      await page.goto(`/occupations/${code}`);
      const add = page.getByRole("button", { name: "Dodaj do teczki" });
      await expect(add).toBeEnabled();
      await add.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("button", { name: "W teczce" })).toHaveAttribute("aria-pressed", "true");
    }

    await page.getByRole("link", { name: "Teczka klienta" }).first().click();
    await expect(page).toHaveURL(/\/folder$/);
    await expect(page.getByText("nic z niej nie trafia na serwer")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wybrane zawody i stanowiska (2)" })).toBeVisible();
    const notes = page.getByLabel("Notatka");
    await expect(notes).toHaveCount(2);
    await notes.first().fill(NOTE);

    // Kept in this browser: a reload shows the note again.
    await page.reload();
    await expect(page.getByLabel("Notatka").first()).toHaveValue(NOTE);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Export: a JSON file with the entries and the note, Unicode intact.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Pobierz teczkę (JSON)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^atlas-teczka-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath("folder.json");
    await download.saveAs(file);
    const exported = JSON.parse(await fs.readFile(file, "utf8"));
    expect(exported).toMatchObject({ format: "atlas-client-folder", version: 1 });
    expect(exported.entries.map((e: { id: string }) => e.id)).toEqual(["351402", "243108"]);
    expect(exported.entries[0].note).toBe(NOTE);

    // Clear asks first, then empties the folder.
    await page.getByRole("button", { name: "Wyczyść teczkę" }).click();
    await page.getByRole("button", { name: "Tak, wyczyść" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Teczka została wyczyszczona." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wybrane zawody i stanowiska (0)" })).toBeVisible();

    // Import back.
    await page.getByLabel("Wczytaj teczkę z pliku…").setInputFiles(file);
    await expect(page.getByRole("status").filter({ hasText: "Wczytano teczkę z pliku folder.json: 2 pozycje." })).toBeVisible();
    await expect(page.getByLabel("Notatka").first()).toHaveValue(NOTE);

    // A damaged file is refused with its reason and the folder stays as it was.
    const damaged = { ...exported, entries: [{ ...exported.entries[0], id: "12345" }] };
    await page
      .getByLabel("Wczytaj teczkę z pliku…")
      .setInputFiles({ name: "zly.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(damaged)) });
    await expect(page.getByRole("status").filter({ hasText: "Nie wczytano pliku zly.json" })).toContainText("błędny element: entries[1]");
    await page.getByLabel("Wczytaj teczkę z pliku…").setInputFiles({ name: "obraz.json", mimeType: "application/json", buffer: Buffer.from("GIF89a") });
    await expect(page.getByRole("status").filter({ hasText: "Nie wczytano pliku obraz.json" })).toContainText("to nie jest plik JSON");
    await expect(page.getByRole("heading", { name: "Wybrane zawody i stanowiska (2)" })).toBeVisible();
    await expect(page.getByLabel("Notatka").first()).toHaveValue(NOTE);

    // The folder's sheet: one A4 page with the shortlist and the note.
    await page.getByRole("link", { name: "Karta teczki do druku (1 strona A4)" }).click();
    await expect(page.getByRole("heading", { name: "Karta teczki klienta" })).toBeVisible();
    const pages = await printedPages(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("Administrator systemów poczty elektronicznej");
    expect(pages[0]).toContain("Specjalista do spraw mediów interaktywnych");
    expect(pages[0]).toContain("brakuje jej SQL");
    expect(pages[0]).not.toContain("Teczka klienta ·"); // no site navigation on paper
  });

  test("a comparison is saved in the folder and listed there", async ({ page }) => {
    await page.goto("/compare?codes=351402,243108");
    await page.getByRole("button", { name: "Zapisz porównanie w teczce" }).click();
    await expect(page.getByRole("button", { name: "Porównanie zapisane w teczce" })).toBeDisabled();
    await page.goto("/folder");
    await page.getByRole("link", { name: "Porównanie: 351402, 243108" }).click();
    await expect(page).toHaveURL(/\/compare\?codes=351402,243108/);
  });
});

test.describe("one-page counselling sheet", () => {
  test("the largest described profile fits one A4 page with its tasks, items, key competences and source", async ({ page }) => {
    await page.goto("/occupations/243108");
    await page.getByRole("link", { name: "Karta doradcza (1 strona A4)" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Specjalista do spraw mediów interaktywnych");
    expect(await seriousAxeViolations(page)).toEqual([]);
    const pages = await printedPages(page);
    expect(pages).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain("243108");
    for (const code of ["Z1.", "Z7."]) expect(text).toContain(code);
    expect(text).toMatch(/Wiedza – zna i rozumie/i); // headings are set in capitals
    expect(text).toMatch(/Umiejętności – potrafi/i);
    expect(text).toMatch(/dalszych elementów w pełnym opisie/);
    expect(text).toMatch(/Kompetencje kluczowe/i);
    expect(text).toContain("nieznany"); // the source gives no levels: unknown, never 0
    expect(text).toContain("INFOdoradca+");
    expect(text).toContain("/pl/occupations/243108");
    expect(text).not.toContain("Drukuj kartę");
  });

  test("an occupation without a profile gets its KZiS description, its unit group's tasks and ESCO skills, labelled so", async ({ page }) => {
    const response = await page.goto("/occupations/252201/sheet");
    expect(response?.status()).toBe(200);
    const pages = await printedPages(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/Typowe zadania grupy elementarnej 2522/i);
    expect(pages[0]).toMatch(/Umiejętności i wiedza \(ESCO\)/i);
    expect(pages[0]).toContain("ESCO v1.2.1");
    expect(pages[0]).toContain("Źródło nie podaje kompetencji kluczowych.");
    expect(pages[0]).toContain("Klasyfikacja zawodów i specjalności 2023");
  });

  test("a group has no sheet", async ({ page }) => {
    expect((await page.goto("/occupations/2522/sheet"))?.status()).toBe(404);
  });
});
