import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Searches by name and adds the result with exactly this name to the comparison. */
async function addFromSearch(page: Page, query: string, name: string) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  const add = page.getByRole("button", { name: new RegExp(`Dodaj do porównania: ${name}$`) }).first();
  await add.click();
  await expect(page.getByRole("button", { name: new RegExp(`W porównaniu: ${name}$`) }).first()).toHaveAttribute("aria-pressed", "true");
}

test.describe("comparison", () => {
  test("a job seeker adds two occupations from search results and sees what they share", async ({ page }) => {
    // Two classification entries linked to ESCO: they share skills by ESCO identity.
    await addFromSearch(page, "administrator systemów komputerowych", "Administrator systemów komputerowych");
    await addFromSearch(page, "technik informatyk", "Technik informatyk");

    const tray = page.getByRole("complementary", { name: "Wybrane do porównania" });
    await expect(tray).toContainText("2 pozycje do porównania");
    // The tray survives navigation (localStorage) and mirrors itself in the URL.
    expect(page.url()).toContain("compare=");
    await page.goto("/");
    await expect(tray).toContainText("2 pozycje do porównania");
    await tray.getByRole("link", { name: "Porównaj (2)" }).click();

    await expect(page).toHaveURL(/\/compare\?codes=252201,351203$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Porównanie zawodów");
    const esco = page.getByRole("region", { name: "Umiejętności i wiedza ESCO", exact: true });
    await expect(esco.getByText(/^Łączy je \d+ z \d+ umiejętności ESCO\.$/)).toBeVisible();
    await expect(esco.getByText(/Indeks Jaccarda: \d+%/)).toBeVisible();
    const sharedCells = esco.locator("td.shared-cell");
    expect(await sharedCells.count()).toBeGreaterThan(1);
    await expect(sharedCells.first()).toContainText("Wspólne");
    await expect(esco.getByText("Tylko w tej pozycji").first()).toBeVisible();
    // Knowledge items exist only in described profiles: "no data", never "shares 0".
    await expect(page.getByRole("region", { name: "Wiedza", exact: true })).toContainText("Żadna z porównywanych pozycji nie ma tej części.");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Removing one leaves a comparison that asks for another entry.
    await page.getByRole("link", { name: "Usuń z porównania: Technik informatyk" }).click();
    await expect(page).toHaveURL(/\/compare\?codes=252201$/);
    await expect(page.getByText("Do porównania potrzebne są co najmniej dwie pozycje.")).toBeVisible();
  });

  test("two described profiles from their pages: key competences overlay, unknown never 0", async ({ page }) => {
    await page.goto("/occupations/351402");
    await page.getByRole("button", { name: /Dodaj do porównania: Administrator systemów poczty elektronicznej$/ }).click();
    await page.goto("/occupations/243108");
    await page.getByRole("button", { name: /Dodaj do porównania: Specjalista do spraw mediów interaktywnych$/ }).click();
    await page.getByRole("link", { name: "Porównaj (2)" }).click();
    await expect(page).toHaveURL(/\/compare\?codes=351402,243108$/);

    await expect(page.getByRole("heading", { name: "Zadania", level: 2 })).toBeVisible();
    await expect(page.getByText(/^Łączy je 0 z \d+ zadań\.$/)).toBeVisible();
    const chart = page.getByRole("img", { name: /Wykres słupkowy poziomów kompetencji kluczowych/ });
    await expect(chart).toBeVisible();
    const table = page.getByRole("table", { name: "Kompetencje kluczowe: poziom 0–5 w każdej pozycji" });
    // The seed documents give no levels: every cell says unknown, none says 0.
    await expect(table.getByRole("cell", { name: "nieznany" })).toHaveCount(18);
    await expect(table.getByRole("cell", { name: "0", exact: true })).toHaveCount(0);
  });

  test("a job description and Kazakh requirements compare with a profile; content keeps its language", async ({ page }) => {
    await page.goto("/compare?codes=351402,p1,p2");
    await expect(page.getByRole("heading", { level: 2, name: "Stanowisko ds. obsługi klienta" })).toBeVisible();
    await expect(page.locator('h2[lang="kk"]')).toHaveCount(1);
    const requirements = page.getByRole("region", { name: "Wymagania i wykształcenie", exact: true });
    await expect(requirements.getByText("Білімі: жоғары техникалық")).toHaveAttribute("lang", "kk");
  });

  // Issue 13: at phone width no column is clipped. The tables are laid out as lists there (each
  // cell headed by its entry), so nothing needs scrolling sideways, not even inside its box.
  for (const width of [360, 390]) {
    test(`at ${width} px four entries compare with no clipped column and no sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto("/compare?codes=252201,351203,351402,p1");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const box = page.getByRole("region", { name: "Tabela: Zadania", exact: true });
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
      // Every cell of every table and every entry card lies within the viewport.
      const outside = await page.evaluate((w) => {
        const boxes = [...document.querySelectorAll("main td, main [aria-label='Porównywane pozycje'] > li")].map((el) => el.getBoundingClientRect());
        return { count: boxes.length, outside: boxes.filter((r) => r.left < 0 || r.right > w + 0.5).length };
      }, width);
      expect(outside.count).toBeGreaterThan(8);
      expect(outside.outside).toBe(0);
      // Each cell says whose it is, since the column headers are not shown at this width.
      await expect(box.getByText("Stanowisko ds. obsługi klienta").first()).toBeVisible();
    });
  }

  test("the compare page answers a bad list with a message, not an error", async ({ page }) => {
    const response = await page.goto("/compare?codes=351402,abc");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Nieprawidłowy kod: abc.", { exact: false })).toBeVisible();
  });
});
