import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

/** Cross-language search and group names from the lexicon (seeds/lexicon; docs/decisions/0020-lexicon.md). */
test.describe("the lexicon in the Kazakh UI", () => {
  test("a Kazakh query, in an inflected form, reaches the Polish profile", async ({ page }) => {
    // "to the e-mail administrator": the dative after the possessive, folded by the Kazakh stemmer.
    await page.goto(`/kk/search?q=${encodeURIComponent("электрондық пошта әкімшісіне")}`);
    // The results are the one ordered list (facets and pagination are unordered).
    const first = page.getByRole("main").locator("ol > li").first();
    await expect(first).toContainText("351402");
    await first.getByRole("link", { name: "Administrator systemów poczty elektronicznej" }).click();
    await expect(page).toHaveURL(/\/kk\/occupations\/351402$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrator systemów poczty elektronicznej");
    // The described profile (imported from seeds/documents), under the Kazakh UI.
    await expect(page.getByRole("heading", { level: 2, name: "Кәсіби міндеттер" })).toBeVisible();
  });

  test("the home page shows the major groups in Kazakh, marked as editorial translation, beside the Polish official name", async ({ page }) => {
    await page.goto("/kk");
    const majors = page.getByRole("region", { name: "Ірі топтар" });
    const specialists = majors.getByRole("link", { name: /Жоғары біліктілік деңгейіндегі мамандар/ });
    await expect(specialists).toBeVisible();
    await expect(specialists).toContainText("SPECJALIŚCI");
    await expect(specialists).toContainText("редакциялық аударма");
    await expect(specialists.locator("[lang=kk]")).toHaveText("Жоғары біліктілік деңгейіндегі мамандар");
    // Every one of the ten is marked, none as official (no Kazakh name here comes from an official source).
    await expect(majors.locator("[data-source=editorial]")).toHaveCount(10);
    await expect(majors.getByText(/ресми/)).toHaveCount(0);

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // The classification browser: a major group's sub-major groups, in Kazakh too.
    await specialists.click();
    await expect(page).toHaveURL(/\/kk\/occupations\/2$/);
    await expect(page.getByRole("link", { name: /Ақпараттық-коммуникациялық технологиялар саласындағы мамандар/ })).toContainText("редакциялық аударма");
  });

  test("the Polish home page keeps the Polish names alone", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: /SPECJALIŚCI/ })).toBeVisible();
    await expect(page.locator("[data-source]")).toHaveCount(0);
  });
});

test("the Russian home page names the major groups as ОК 010-2014 does, marked official with that source", async ({ page }) => {
  await page.goto("/ru");
  const majors = page.getByRole("region", { name: "Основные группы" });
  await expect(majors.locator("[data-source=okz2014]")).toHaveCount(10);
  await expect(majors.locator("[data-source=okz2014]").first()).toContainText("официальное (ОК 010-2014)");
  await expect(majors.locator("[lang=ru]").first()).toBeVisible();
});
