import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsEditor } from "./helpers/sign-in";

/**
 * An editor corrects the lexicon in the app (docs/decisions/0020-lexicon.md): a Kazakh variant
 * added to (nurse, kk) is what /kk/search answers at its next query, and the pair's history shows
 * it. The pair is returned to the seed's version at the end (and after a failure), so the other
 * specs see the seed's lexicon.
 */

const PAIR = "/admin/lexicon/nurse/kk";
/** A word no other entry holds: only the lexicon can lead it to the nurse. */
const VARIANT = "ауруханашы";

async function returnToSeed(page: Page) {
  await page.goto(PAIR);
  const revert = page.getByRole("button", { name: "Przywróć wersję z pliku" });
  if ((await revert.count()) === 0) return;
  await revert.click();
  await expect(page.getByRole("status").filter({ hasText: /Przywrócono wersję z pliku/ })).toBeVisible();
  await expect(page.getByText(/Teraz obowiązuje: wersja z pliku/)).toBeVisible();
}

test.describe("editing the lexicon", () => {
  test.afterEach(async ({ page }) => returnToSeed(page));

  test("an editor adds a Kazakh variant; /kk/search finds the occupation by it first; the history shows the change", async ({ page }) => {
    await signInAsEditor(page, "/admin/lexicon");
    await expect(page.getByRole("navigation", { name: "Redakcja" }).getByRole("link", { name: "Słownik" })).toBeVisible();

    // The list, filtered to Kazakh and a typed word.
    await page.getByLabel("Język", { exact: true }).selectOption("kk");
    await page.getByLabel("Termin lub pojęcie").fill("мейірбике");
    await page.getByRole("button", { name: "Pokaż" }).click();
    const nurse = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "nurse", exact: true }) });
    await expect(nurse).toContainText("wersja z pliku");
    await nurse.getByRole("link", { name: /мейірбике/ }).click();
    await expect(page).toHaveURL(new RegExp(`${PAIR}$`, "u"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("nurse · kazachski");

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // The first empty term row takes the new variant.
    const filled = await page
      .locator('input[name^="terms."][name$=".term"]')
      .evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).value !== "").length);
    expect(filled).toBeGreaterThan(1);
    await page.getByLabel(`Termin ${filled + 1}`, { exact: true }).fill(VARIANT);
    await page.getByRole("button", { name: "Zapisz" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Zapisano jako wersję \d+/ })).toBeVisible();
    await expect(page.getByText(/Teraz obowiązuje: wersja redakcji/)).toBeVisible();
    await expect(page.getByLabel(`Termin ${filled + 1}`, { exact: true })).toHaveValue(VARIANT);

    // The history: who and what.
    const history = page.getByRole("region", { name: "Historia" });
    await expect(history.getByRole("listitem").first()).toContainText(/Wersja \d+: zmiana, E2E editor/);
    await expect(history.getByRole("listitem").first()).toContainText(`Dodano: ${VARIANT}`);

    // Search reads the new lexicon at its next query.
    await page.goto(`/kk/search?q=${encodeURIComponent(VARIANT)}`);
    const first = page.getByRole("main").locator("ol > li").first();
    await expect(first).toContainText("222101");
    await expect(first.getByRole("link", { name: /Pielęgniarka/ })).toBeVisible();
  });
});
