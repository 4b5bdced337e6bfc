import { expect, test } from "@playwright/test";

test.describe("browsing the classification", () => {
  test("a counsellor clicks from the home page down 3 → 35 → 351 → 3514 → 351402", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 2, name: "Wielkie grupy zawodów" })).toBeVisible();

    const path: [string, RegExp][] = [
      ["3", /TECHNICY I INNY ŚREDNI PERSONEL/],
      ["35", /Technicy informatycy/],
      ["351", /^Technicy do spraw technologii teleinformatycznych/],
      ["3514", /Technicy sieci internetowych/],
      ["351402", /Administrator systemów poczty elektronicznej/],
    ];
    for (const [code, name] of path) {
      await page
        .getByRole("link", { name: new RegExp(`^${code}\\s`) })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`/occupations/${code}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    }
    // Breadcrumbs lead back up the hierarchy, each group with its code and name (issue 13).
    const crumbs = page.getByRole("navigation", { name: "Ścieżka w klasyfikacji" });
    await expect(crumbs.getByRole("link")).toHaveText([
      "Strona główna",
      "3 TECHNICY I INNY ŚREDNI PERSONEL",
      "35 Technicy informatycy",
      "351 Technicy do spraw technologii teleinformatycznych i pomocy użytkownikom urządzeń teleinformatycznych",
      "3514 Technicy sieci internetowych",
    ]);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText("351402 Administrator systemów poczty elektronicznej");
  });

  test("the UI switches to English and back, content stays Polish", async ({ page }) => {
    await page.goto("/occupations/3514");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/occupations\/3514$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Typical tasks of the group")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Technicy sieci internetowych");

    await page.getByRole("link", { name: "Polski" }).click();
    await expect(page).toHaveURL(/\/occupations\/3514$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByText("Typowe zadania grupy")).toBeVisible();
  });

  test("the Kazakh UI sets lang=kk", async ({ page }) => {
    await page.goto("/kk");
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Кәсіпті табу");
  });

  test("the Russian UI sets lang=ru, speaks Russian and is offered by the language switcher", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Найти профессию");
    await expect(page.getByRole("heading", { level: 2, name: "Основные группы" })).toBeVisible();
    await expect(page.getByText(/^Весь польский классификатор профессий KZiS 2023: \d/)).toBeVisible();
    await page.goto("/ru/occupations/3514");
    await expect(page.getByText("Типичные задачи группы")).toBeVisible();
  });

  test("the English home page gives each major group its ISCO-08 title under the Polish name", async ({ page }) => {
    await page.goto("/en");
    const managers = page.getByRole("link", { name: /PRZEDSTAWICIELE WŁADZ PUBLICZNYCH/ });
    await expect(managers).toContainText("ISCO-08: Managers");
    await expect(managers.locator("[lang=en]")).toHaveText("Managers");
  });

  // Content (KZiS names, profile texts) is Polish and marked lang="pl"; everything else on a page
  // in another UI language is that language: no Polish letter outside a lang="pl" element.
  for (const prefix of ["/en", "/kk", "/ru"]) {
    test(`${prefix}: no Polish text outside content marked lang="pl"`, async ({ page }) => {
      for (const path of ["", "/search?q=administrator", "/occupations/351402", "/occupations/3514"]) {
        await page.goto(`${prefix}${path}`);
        const polish = await page.locator("body").evaluate((body) => {
          const found: string[] = [];
          const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? "";
            const parent = node.parentElement;
            if (!parent || parent.closest("script, style, [hidden]") || !/[ąćęłńśźż]/i.test(text)) continue;
            if (parent.closest("[lang]")?.getAttribute("lang") !== "pl") found.push(text.trim());
          }
          return found;
        });
        expect(polish, `${prefix}${path}`).toEqual([]);
      }
    });
  }

  test("an unknown code shows the 404 page", async ({ page }) => {
    const response = await page.goto("/occupations/999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nie znaleziono strony" })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/at \w+ \(|node_modules|Error:/);
  });

  test("the footer shows the ESCO and ISCO attribution", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText("This service uses the ESCO classification of the European Commission.")).toBeVisible();
    await expect(page.getByText("ISCO-08 titles and definitions © International Labour Organization.")).toBeVisible();
  });
});
