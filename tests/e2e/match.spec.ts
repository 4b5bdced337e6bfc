import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Presses Tab until `target` has the focus: the element is reachable by keyboard alone. */
async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("not reachable with Tab");
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, "no horizontal scrolling").toBeLessThanOrEqual(widths.client);
}

test.describe("my skills → occupations", () => {
  test("pick five skills with the keyboard, open the first result, see what is covered and what is missing", async ({ page }) => {
    await page.goto("/match");
    const box = page.getByRole("combobox", { name: "Dodaj wiedzę lub umiejętność" });
    const list = page.getByRole("listbox", { name: "Pasująca wiedza i umiejętności" });

    // Four from the typeahead, chosen with the arrow keys and Enter.
    const picks: [string, RegExp][] = [
      ["SQL Ser", /^SQL Server/],
      ["MySQL", /^MySQL/],
      ["PostgreS", /^PostgreSQL/],
      ["projektować bazy", /bazy danych/],
    ];
    for (const [typed, expected] of picks) {
      await tabTo(page, box);
      await page.keyboard.type(typed, { delay: 20 });
      await expect(list).toBeVisible();
      await page.keyboard.press("ArrowDown");
      await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
      await expect(list.getByRole("option").first()).toContainText(expected);
      const before = page.url();
      await page.keyboard.press("Enter");
      await expect(page).not.toHaveURL(before);
    }
    // The fifth in the person's own words: Enter with no option selected.
    await tabTo(page, box);
    await page.keyboard.type("obsługa klienta");
    await expect(box).toHaveValue("obsługa klienta");
    // Tab leaves the list closed and lands on "Dodaj", which adds the words as they are.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Dodaj" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/s=t%3Aobs%C5%82uga\+klienta|s=t:obs%C5%82uga\+klienta/);

    const selected = page.getByRole("region", { name: /Twoja wiedza i umiejętności \(5\)/ });
    await expect(selected.getByRole("listitem")).toHaveCount(5);
    await expect(page.getByRole("status").filter({ hasText: /pasuj/ })).toHaveText(/\d+ zawod/);
    await expect(page.getByRole("heading", { name: "Jak to liczymy" })).toBeVisible();

    // The URL is the whole state: opened fresh, it shows the same five skills.
    const shared = await page.context().newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole("region", { name: /Twoja wiedza i umiejętności \(5\)/ }).getByRole("listitem")).toHaveCount(5);
    await shared.close();

    const results = page.getByRole("region", { name: "Moje umiejętności → zawody" });
    const first = results.getByRole("listitem").first();
    await expect(first).toContainText(/Masz \d+ z \d+ \(\d+%\)/);
    const summary = first.locator("summary");
    await tabTo(page, summary);
    await page.keyboard.press("Enter");
    await expect(first.locator("details")).toHaveAttribute("open", "");
    const covered = first.locator('[data-requirements="covered"] li');
    const missing = first.locator('[data-requirements="missing"] li');
    expect(await covered.count()).toBeGreaterThan(0);
    expect(await missing.count()).toBeGreaterThan(0);
    // The summary's counts are the lists' lengths.
    await expect(summary).toContainText(`Masz (${await covered.count()}), Brakuje (${await missing.count()})`);

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Open the first result with the keyboard: its page shows where one can move from it.
    const link = first.getByRole("heading").getByRole("link");
    const href = await link.getAttribute("href");
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { name: "Dokąd można przejść z tego zawodu" })).toBeVisible();
  });

  test("a skill is removed by its own link, and an empty list asks for a skill", async ({ page }) => {
    await page.goto("/match?s=t:SQL&s=t:spawanie");
    // The language links keep every skill.
    await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", /^\/en\/match\?s=t%3ASQL&s=t%3Aspawanie$/);
    await page.getByRole("link", { name: "Usuń: SQL" }).click();
    await expect(page).toHaveURL(/\/match\?s=t%3Aspawanie$/);
    await page.getByRole("link", { name: "Usuń: spawanie" }).click();
    await expect(page.getByText("Dodaj co najmniej jedną umiejętność")).toBeVisible();
  });

  test("at 390 px the match page and an occupation's transitions fit the screen and pass axe", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/match?s=t:SQL&s=t:obs%C5%82uga%20klienta");
    await page.locator("details").first().evaluate((el) => el.setAttribute("open", ""));
    await noSidewaysScroll(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto("/occupations/252103");
    const section = page.getByRole("region", { name: "Dokąd można przejść z tego zawodu" });
    await expect(section.getByRole("listitem").first()).toContainText(/Wspólne: \d+ z \d+/);
    await expect(section.getByText(/^Grupa \d{4} /).first()).toBeVisible();
    await section.locator("summary").first().click();
    await expect(section.locator('[data-requirements="covered"] li').first()).toBeVisible();
    await noSidewaysScroll(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe("skill search", () => {
  test("says where each occupation matches and pages to the end of the results", async ({ page }) => {
    await page.goto("/skills?q=obs%C5%82uga+klienta");
    await expect(page.getByRole("status")).toContainText("Strona 1 z");
    const first = page.getByRole("listitem").filter({ hasText: /Pasuje w:/ }).first();
    await expect(first).toBeVisible();
    const pages = page.getByRole("navigation", { name: "Strony wyników" });
    await pages.getByRole("link", { name: "Następna strona" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("status")).toContainText("Strona 2 z");
    await expect(page.getByRole("navigation", { name: "Strony wyników" }).getByRole("link", { name: "Poprzednia strona" })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
