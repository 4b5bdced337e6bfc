import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { pdfPages } from "./helpers/pdf";

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
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
    await expect(page.getByRole("button", { name: "Dodaj", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/s=t%3Aobs%C5%82uga\+klienta|s=t:obs%C5%82uga\+klienta/);

    const selected = page.getByRole("region", { name: /Twoja wiedza i umiejętności \(5\)/ });
    await expect(selected.getByRole("listitem")).toHaveCount(5);
    await expect(page.getByRole("status").filter({ hasText: /pasuj/ })).toHaveText(/(?<!\d)\d+ zawod/);
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
    // The lists are fetched when the disclosure opens (the result page holds the figures only).
    await expect(covered.first()).toBeVisible();
    expect(await covered.count()).toBeGreaterThan(0);
    expect(await missing.count()).toBeGreaterThan(0);
    // The summary's counts are the lists' lengths (a long list shows its first items and counts the rest).
    const total = async (tone: string) =>
      (await first.locator(`[data-requirements="${tone}"]`).evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-total"))))).reduce(
        (a, b) => a + b,
        0,
      );
    await expect(summary).toContainText(`Masz (${await total("covered")}), Brakuje (${await total("missing")})`);

    expect(await seriousAxeViolations(page)).toEqual([]);

    // Issue 13's counselling path: the first result and the five skills go into the client folder.
    const firstName = (await first.getByRole("heading").innerText()).trim();
    await first.getByRole("button", { name: "Dodaj do teczki" }).click();
    await expect(first.getByRole("button", { name: "W teczce" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Zapisz te umiejętności w teczce klienta" }).click();
    await expect(page.getByRole("button", { name: "Umiejętności zapisane w teczce" })).toBeDisabled();

    // Open the first result with the keyboard: its page shows where one can move from it.
    const link = first.getByRole("heading").getByRole("link");
    const href = await link.getAttribute("href");
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { name: "Dokąd można przejść z tego zawodu" })).toBeVisible();

    // The folder: a note on the shortlisted occupation, export, clear, import back, the one-page sheet with its gaps.
    await page.goto("/folder");
    await expect(page.getByRole("heading", { name: "Umiejętności klienta (5)" })).toBeVisible();
    await expect(page.getByRole("link", { name: firstName.replace(/^\d{6}\s*/, "") })).toBeVisible();
    await page.getByLabel("Notatka").fill("Zapytać o kurs baz danych.");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Pobierz teczkę (JSON)" }).click()]);
    const file = test.info().outputPath("teczka.json");
    await download.saveAs(file);
    await page.getByRole("button", { name: "Wyczyść teczkę" }).click();
    await page.getByRole("button", { name: "Tak, wyczyść" }).click();
    await expect(page.getByRole("heading", { name: "Umiejętności klienta (0)" })).toBeVisible();
    await page.getByLabel("Wczytaj teczkę z pliku…").setInputFiles(file);
    await expect(page.getByRole("heading", { name: "Umiejętności klienta (5)" })).toBeVisible();
    await expect(page.getByLabel("Notatka")).toHaveValue("Zapytać o kurs baz danych.");
    // Back to /match with the same skills, from the folder.
    await expect(page.getByRole("link", { name: "Dopasuj zawody do tych umiejętności" })).toHaveAttribute("href", /\/match\?s=/);

    await page.getByRole("link", { name: "Karta teczki do druku (1 strona A4)" }).click();
    await expect(page.locator("article.sheet")).toHaveAttribute("data-gaps", "ok");
    await expect(page.locator("article.sheet")).toContainText(/pokrywa \d+ z \d+ wymagań/);
    await expect(page.locator("article.sheet")).toContainText("Czego brakuje");
    await page.emulateMedia({ media: "print" });
    const pages = await pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain("Zapytać o kurs baz danych.");
    expect(pages[0]).toContain("obsługa klienta");
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

  test("a result page is served from the cache under its own address, in every language, and a form's added skill is not", async ({ page, request }) => {
    const url = "/en/match?s=t%3Aobs%C5%82uga+klienta&s=t%3ASQL&page=2";
    // The first request for a set is rendered for it alone, later ones come from the cache (a copy
    // over 60 s old answers STALE once): ask until the cached copy is served.
    await expect.poll(async () => (await request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");
    await page.goto(url);
    await expect(page).toHaveURL(/\/en\/match\?s=t%3Aobs%C5%82uga\+klienta&s=t%3ASQL&page=2$/);
    await expect(page.getByRole("region", { name: /\(2\)/ }).getByRole("listitem")).toHaveCount(2);
    await expect(page.locator("span[aria-current=page]")).toHaveText(/\b2\b/);
    // The language links, after hydration, keep the whole query on the cached page too (Polish, the
    // default language, has no prefix; locale detection is off, so no cookie sends it back).
    await expect(page.getByRole("link", { name: "Polski" })).toHaveAttribute("href", /^\/match\?s=t%3Aobs%C5%82uga(\+|%20)klienta&s=t%3ASQL&page=2$/);
    // The form without JavaScript (`add`) still goes through the dynamic page and its redirect.
    const added = await request.get("/match?s=t%3ASQL&add=Excel", { maxRedirects: 0 });
    expect(added.status()).toBe(307);
    expect(added.headers()["location"]).toMatch(/\/match\?s=t%3ASQL&s=t%3AExcel$/);
  });

  test("at 390 px the match page and an occupation's transitions fit the screen and pass axe", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/match?s=t:SQL&s=t:obs%C5%82uga%20klienta");
    await page
      .locator("details")
      .first()
      .evaluate((el) => el.setAttribute("open", ""));
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

    // The page of one result (what a disclosure links to without JavaScript), with every item.
    await page.goto("/match/252201?from=252103");
    await expect(page.locator('[data-requirements="covered"] li').first()).toBeVisible();
    await noSidewaysScroll(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a result's disclosure links to a page with its covered and missing items, for /match and for a transition", async ({ page }) => {
    await page.goto("/match?s=t:SQL&s=t:obs%C5%82uga%20klienta");
    const first = page.getByRole("region", { name: "Moje umiejętności → zawody" }).getByRole("listitem").first();
    const name = (await first.getByRole("heading").innerText()).trim();
    const summary = (await first.locator("summary").innerText()).trim();
    await first.locator("summary").click();
    await first.getByRole("link", { name: "Pokaż listy na osobnej stronie" }).click();
    await expect(page).toHaveURL(/\/match\/\d{6}\?s=t%3ASQL&s=t%3Aobs%C5%82uga\+klienta$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    const counts = summary.match(/Masz \((\d+)\), Brakuje \((\d+)\)/)!;
    const total = async (tone: string) =>
      (await page.locator(`[data-requirements="${tone}"]`).evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-total"))))).reduce(
        (a, b) => a + b,
        0,
      );
    expect([String(await total("covered")), String(await total("missing"))]).toEqual([counts[1], counts[2]]);
    // Every item is listed on this page (no "…and N more").
    expect(await page.locator("[data-requirements] li").count()).toBe((await total("covered")) + (await total("missing")));
    await page.getByRole("link", { name: "← Wróć do wyników" }).click();
    await expect(page).toHaveURL(/\/match\?s=t%3ASQL&s=t%3Aobs%C5%82uga\+klienta$/);

    // The occupation page streams its transitions into a Suspense boundary, which shows only with
    // JavaScript; its HTML holds each transition's link all the same.
    await page.goto("/occupations/252103");
    const href = await page.locator('a[href$="?from=252103"]').first().getAttribute("href");
    expect(href).toMatch(/^\/match\/\d{6}\?from=252103$/);
    await page.goto(href!);
    await expect(page.getByText(/^Wspólne: \d+ z \d+/)).toBeVisible();
    await expect(page.locator('[data-requirements="covered"] li').first()).toBeVisible();
    await expect(page.getByRole("link", { name: /^← Wróć do zawodu 252103 / })).toHaveAttribute("href", "/occupations/252103");
  });
});

test.describe("skill search", () => {
  test("says where each occupation matches and pages to the end of the results", async ({ page }) => {
    await page.goto("/skills?q=obs%C5%82uga+klienta");
    await expect(page.getByRole("status")).toContainText("Strona 1 z");
    const first = page
      .getByRole("listitem")
      .filter({ hasText: /Pasuje w:/ })
      .first();
    await expect(first).toBeVisible();
    const pages = page.getByRole("navigation", { name: "Strony wyników" });
    await pages.getByRole("link", { name: "Następna strona" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("status")).toContainText("Strona 2 z");
    await expect(page.getByRole("navigation", { name: "Strony wyników" }).getByRole("link", { name: "Poprzednia strona" })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
