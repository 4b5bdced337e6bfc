import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("search", () => {
  test("the home search box suggests as you type and is driven by the keyboard", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: /Szukaj zawodu/ });
    await box.pressSequentially("pielęgn", { delay: 30 });
    const list = page.getByRole("listbox", { name: "Podpowiedzi" });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("status").filter({ hasText: /podpowied/ })).toHaveText(/(?<!\d)\d+ podpowiedzi?/);

    await box.press("ArrowDown");
    const first = list.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await expect(first).toContainText("Pielęgniarka");

    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(list).toBeHidden();
    await box.press("ArrowDown");
    await expect(list).toBeVisible();
    await box.press("ArrowUp");
    await expect(list.getByRole("option").last()).toHaveAttribute("aria-selected", "true");
    await box.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/occupations\/222101$/);
  });

  test("Enter without a selected suggestion opens the results page, whose URL holds the state", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: /Szukaj zawodu/ });
    await box.fill("kierowca autobusu");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=kierowca\+autobusu$/);
    const results = page.getByRole("region", { name: "Wyniki" });
    await expect(results.getByRole("listitem").first()).toContainText("833101");
    await expect(results.locator("mark").first()).toBeVisible();

    await page.getByRole("link", { name: /Zawód \/ specjalność/ }).click();
    await expect(page).toHaveURL(/level=occupation/);
    await expect(page.getByRole("link", { name: /Zawód \/ specjalność/ })).toHaveAttribute("aria-current", "true");

    // The same URL, opened fresh, shows the same results.
    const url = page.url();
    const again = await page.context().newPage();
    await again.goto(url);
    await expect(again.getByRole("region", { name: "Wyniki" }).getByRole("listitem").first()).toContainText("833101");
  });

  test("a code finds the entry first and pages through its subtree", async ({ page }) => {
    await page.goto("/search?q=35&pageSize=10");
    const results = page.getByRole("region", { name: "Wyniki" });
    await expect(results.getByRole("listitem").first()).toContainText("35");
    const pages = page.getByRole("navigation", { name: "Strony wyników" });
    await pages.getByRole("link", { name: "Następna" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pages.locator('[aria-current="page"]')).toHaveText(/2/);
  });

  test("in English a result shows its ESCO English label under the Polish name; in Polish it does not", async ({ page }) => {
    await page.goto("/en/search?q=351402");
    const first = page.getByRole("region", { name: "Results" }).getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "Administrator systemów poczty elektronicznej" })).toBeVisible();
    await expect(first.getByText("ESCO: ICT system administrator")).toBeVisible();
    await page.goto("/search?q=351402");
    await expect(page.getByRole("region", { name: "Wyniki" }).getByRole("listitem").first()).not.toContainText("ICT system administrator");
  });

  test("hostile input shows a page, never an error", async ({ page }) => {
    for (const q of ['"', "NEAR(", "*", "a:b", "((x"]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wyszukiwanie");
    }
  });
});

test.describe("search accessibility", () => {
  test("the results page and the open suggestion list have no serious axe violations", async ({ page }) => {
    await page.goto("/search?q=technik&level=occupation");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto("/");
    await page.getByRole("combobox", { name: /Szukaj zawodu/ }).pressSequentially("adm", { delay: 30 });
    await page.getByRole("combobox", { name: /Szukaj zawodu/ }).press("ArrowDown");
    await expect(page.getByRole("listbox")).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form and the filters are plain GET links", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: /Szukaj zawodu/ }).fill("spawacz");
    await page.getByRole("button", { name: "Szukaj" }).click();
    await expect(page).toHaveURL(/\/search\?q=spawacz$/);
    await expect(page.getByRole("region", { name: "Wyniki" }).getByRole("listitem").first()).toContainText("721204");
  });
});

test.describe("search results export", () => {
  test("the results page links to the same page of results as CSV", async ({ page, request }) => {
    await page.goto("/search?q=administrator%20poczty");
    const link = page.getByRole("link", { name: "Pobierz tę stronę wyników (CSV)" });
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toContain("format=csv");
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    expect(await res.text()).toContain("351402");
  });
});
