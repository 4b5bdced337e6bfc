import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { KEY_COMPETENCES } from "../../lib/validation/key-competences";
import { pdfText } from "./helpers/pdf";

/**
 * Profile and position pages against the e2e database, which `npm start` fills from the four
 * seed documents through the importer (playwright.config.ts): 351402 and 243108 are described
 * profiles; the Krobia job description and the Kazakh requirements are positions.
 */

const TASKS_351402 = [
  ["Z1", "Instalowanie i konfigurowanie oprogramowania serwera poczty elektronicznej"],
  ["Z2", "Konfigurowanie i zarządzanie kontami użytkowników systemu poczty elektronicznej"],
  ["Z3", "Instalowanie i konfigurowanie programów klienta poczty elektronicznej"],
  ["Z4", "Zarządzanie bezpieczeństwem systemu poczty elektronicznej"],
  ["Z5", "Obsługiwanie zgłoszeń użytkowników kont poczty elektronicznej"],
] as const;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Position ids depend on import order, so find a position by what its page says. */
async function findPositionId(request: APIRequestContext, marker: RegExp): Promise<number> {
  for (let id = 1; id <= 30; id++) {
    const response = await request.get(`/positions/${id}`);
    if (response.status() === 200 && marker.test(await response.text())) return id;
  }
  throw new Error(`no position page matches ${marker}`);
}

/** Headings never skip a level going down (h2 → h4 without h3), and there is exactly one h1. */
async function headingLevels(page: Page): Promise<number[]> {
  return page.locator("main").evaluate((main) => Array.from(main.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((h) => Number(h.tagName.slice(1))));
}

function expectNoSkippedHeadings(levels: number[]) {
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
}

test.describe("occupation profile page", () => {
  test("351402 shows tasks Z1–Z5 in order, each with knowledge and skills", async ({ page }) => {
    await page.goto("/occupations/351402");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrator systemów poczty elektronicznej");
    const tasks = page.getByRole("region", { name: "Zadania zawodowe" }).getByRole("article");
    await expect(tasks).toHaveCount(5);
    for (const [i, [code, title]] of TASKS_351402.entries()) {
      const task = tasks.nth(i);
      await expect(task.getByRole("heading", { level: 3 })).toHaveText(`${code} ${title}`);
      await expect(task.getByRole("heading", { level: 4, name: "Wiedza – zna i rozumie" })).toBeVisible();
      await expect(task.getByRole("heading", { level: 4, name: "Umiejętności – potrafi" })).toBeVisible();
      const [knowledge, skills] = [task.getByRole("list").first(), task.getByRole("list").nth(1)];
      expect(await knowledge.getByRole("listitem").count()).toBeGreaterThan(0);
      expect(await skills.getByRole("listitem").count()).toBeGreaterThan(0);
      await expect(knowledge).toHaveAttribute("lang", "pl");
    }
    // Z1 as the source has it: a knowledge item, and a skill item in the skills column.
    await expect(tasks.first().getByRole("list").first()).toContainText("Działanie systemów serwerowych typu UNIX, Linux, Microsoft");
    await expect(tasks.first().getByRole("list").nth(1)).toContainText("Skonfigurować parametry programu serwera poczty elektronicznej");

    const competences = page.getByRole("region", { name: "Kompetencje zawodowe" });
    await expect(competences).toContainText("Kz1");
    await expect(competences).toContainText("Administrowanie systemami poczty elektronicznej");
    await expect(competences.getByRole("link")).toHaveText(["Z1", "Z2", "Z3", "Z4", "Z5"]);
    await expect(page.getByRole("region", { name: "Kompetencje społeczne" }).getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("region", { name: "Źródła opisu" })).toContainText("000_138547b32dfb30b7.txt");
    expectNoSkippedHeadings(await headingLevels(page));
  });

  test("the key-competence table says unknown for all nine levels, never 0", async ({ page }) => {
    await page.goto("/occupations/351402");
    const section = page.getByRole("region", { name: "Kompetencje kluczowe" });
    await expect(section.getByRole("note")).toContainText("wszystkie dziewięć są nieznane");

    const table = section.getByRole("table", { name: /Profil kompetencji kluczowych/ });
    await expect(table.getByRole("columnheader")).toHaveText(["Kompetencja kluczowa", "Poziom (0–5)"]);
    await expect(table.getByRole("rowheader")).toHaveText([...KEY_COMPETENCES]);
    const levels = table.locator("tbody td");
    await expect(levels).toHaveText(Array(9).fill("nieznany"));
    // Nothing in the chart is drawn for an unknown level, and no value "0" is written beside a row
    // (the axis labels 0–5 sit in their own decorative group).
    const chart = section.getByRole("img");
    await expect(chart.locator("rect[fill='#1d4ed8']")).toHaveCount(0);
    const rowTexts = await chart.locator(":scope > g:not([aria-hidden]) text").allTextContents();
    expect(rowTexts.filter((t) => t === "nieznany")).toHaveLength(9);
    expect(rowTexts).not.toContain("0");
  });

  test("the chart has a text alternative: a name, every value as its description, and the table", async ({ page }) => {
    await page.goto("/occupations/351402");
    const section = page.getByRole("region", { name: "Kompetencje kluczowe" });
    const chart = section.getByRole("img");
    await expect(chart).toHaveAccessibleName(/Wykres słupkowy ważności dziewięciu kompetencji kluczowych/);
    await expect(chart).toHaveAccessibleDescription(KEY_COMPETENCES.map((name) => `${name}: nieznany`).join("; "));
    // The same data as a visible table right beside the chart.
    await expect(section.getByRole("table")).toHaveCount(1);
  });

  test("243108 shows Z1–Z7 with two competences and nine social competences", async ({ page }) => {
    await page.goto("/occupations/243108");
    const tasks = page.getByRole("region", { name: "Zadania zawodowe" }).getByRole("article");
    await expect(tasks).toHaveCount(7);
    await expect(tasks.getByRole("heading", { level: 3 })).toHaveText(["Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7"].map((z) => new RegExp(`^${z} `)));
    const competences = page.getByRole("region", { name: "Kompetencje zawodowe" }).getByRole("listitem");
    await expect(competences).toHaveCount(2);
    await expect(competences.nth(0).getByRole("link")).toHaveText(["Z1", "Z2", "Z3", "Z4", "Z5"]);
    await expect(competences.nth(1).getByRole("link")).toHaveText(["Z6", "Z7"]);
    await expect(page.getByRole("region", { name: "Kompetencje społeczne" }).getByRole("listitem")).toHaveCount(9);
  });

  test("the crosswalk is one line: KZiS → ISCO-08 (ILO label) → ESCO (Polish and English)", async ({ page }) => {
    await page.goto("/occupations/351402");
    const line = page.getByRole("region", { name: "Powiązania z klasyfikacjami międzynarodowymi" }).locator("p");
    await expect(line).toHaveCount(1);
    await expect(line).toContainText(
      /KZiS 351402 → Grupa ISCO-08 3514 Web technicians → Zawody ESCO: 2522\.1 administrator systemów informacyjno-telekomunikacyjnych \/ ICT system administrator/,
    );
    // A 6-digit occupation shows its 4-digit unit group's tasks, labelled as the group's.
    await expect(page.getByRole("heading", { level: 2, name: "Typowe zadania grupy elementarnej 3514 Technicy sieci internetowych" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Inne nazwy" })).toContainText("ICT system administrator");
  });

  test("English and Kazakh UI label the profile in their language, content stays Polish", async ({ page }) => {
    await page.goto("/en/occupations/351402");
    await expect(page.getByRole("heading", { level: 2, name: "Occupational tasks" })).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: /Key-competence profile/ })
        .locator("tbody td")
        .first(),
    ).toHaveText("unknown");
    await page.goto("/kk/occupations/351402");
    await expect(page.getByRole("heading", { level: 2, name: "Кәсіби міндеттер" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(`Z1 ${TASKS_351402[0][1]}`);
  });

  test("the English page shows the ESCO English label beside the Polish official name, never as it", async ({ page }) => {
    await page.goto("/en/occupations/351402");
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveText("Administrator systemów poczty elektronicznej");
    await expect(h1).toHaveAttribute("lang", "pl");
    const english = page.locator("header").getByText("ESCO: ICT system administrator");
    await expect(english).toBeVisible();
    await expect(english.locator("[lang=en]")).toHaveText("ICT system administrator");
    // The unit group in the trail has its ISCO-08 title; the key competences are named in English.
    await expect(page.getByRole("navigation", { name: "Path in the classification" })).toContainText("ISCO-08: Web technicians");
    await expect(
      page
        .getByRole("table", { name: /Key-competence profile/ })
        .locator("tbody th")
        .first(),
    ).toHaveText("Using a computer and the internet");

    // The Polish page keeps only the official name: the English label is for the English UI.
    await page.goto("/occupations/351402");
    await expect(page.locator("header").getByText("ESCO: ICT system administrator")).toHaveCount(0);
    await expect(
      page
        .getByRole("table", { name: /Profil kompetencji kluczowych/ })
        .locator("tbody th")
        .first(),
    ).toHaveText(KEY_COMPETENCES[0]);
  });

  test("at 360 px the page has no horizontal scroll", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/occupations/351402");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(scrollWidth).toBeLessThanOrEqual(360);
  });

  // page.pdf() is Chromium-only; the project runs its e2e tests in Chromium alone.
  test("printing to PDF keeps the task titles and drops navigation and the print button", async ({ page }) => {
    await page.goto("/occupations/351402");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const text = squash(await pdfText(pdf));
    for (const [code, title] of TASKS_351402) expect(text).toContain(`${code} ${title}`);
    expect(text).toContain("Kompetencje kluczowe");
    expect(text).not.toContain("Drukuj / zapisz jako PDF");
    expect(text).not.toContain("Strona główna");
    expect(text).not.toContain("Język interfejsu");
  });

  test("the print button opens the print dialog", async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printed = "yes";
      };
    });
    await page.goto("/occupations/351402");
    await page.getByRole("button", { name: "Drukuj / zapisz jako PDF" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
  });
});

test.describe("accessibility", () => {
  // Home, search and a profile page (and a group page) in every UI language: a translation can break
  // what the Polish page gets right (a missing lang, a label that no longer names its control).
  const pages = ["/", "/search?q=technik&level=occupation", "/occupations/351402", "/occupations/3514"];
  for (const path of ["", "/en", "/kk", "/ru"].flatMap((prefix) => pages.map((p) => (prefix && p === "/" ? prefix : `${prefix}${p}`)))) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});

test.describe("position pages", () => {
  test("the Krobia job description shows employer, its sections with duties once, codes only as suggestions", async ({ page, request }) => {
    const id = await findPositionId(request, /Krobi/);
    await page.goto(`/positions/${id}`);
    await expect(page.getByText("Opis stanowiska pracy", { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "pl");
    await expect(page.getByText(/Pracodawca: .*Krobi/)).toBeVisible();
    // The duties stay under their own heading, numbered, in the document's order — and only once.
    const content = page.getByRole("region", { name: "Treść dokumentu" });
    const headings = content.getByRole("heading", { level: 3 });
    await expect(headings.filter({ hasText: "Zakres obowiązków – podstawowe" })).toHaveCount(1);
    await expect(headings.filter({ hasText: "Znajomość przepisów prawa i wymagania konieczne" })).toHaveCount(1);
    const duties = content.getByRole("list").filter({ hasText: "Konfiguracja i nadzór serwerów" }).getByRole("listitem");
    expect(await duties.count()).toBeGreaterThanOrEqual(15);
    await expect(page.getByText("Konfiguracja i nadzór serwerów", { exact: false })).toHaveCount(1);
    await expect(content).toContainText("Wykonywanie innych zadań poleconych przez przełożonych");

    const occupation = page.getByRole("region", { name: "Zawód w klasyfikacji KZiS" });
    const suggestions = occupation.getByText(/sugerowany kod, podobieństwo \d+,\d{2}/);
    if ((await occupation.getByText("Przypisany zawód:").count()) === 0) {
      // Nobody assigned a code: any code on the page is a suggestion with its score.
      await expect(occupation).toContainText("Stanowisko nie ma przypisanego zawodu.");
      expect(await suggestions.count()).toBe(await occupation.getByRole("link").count());
    }
    await expect(page.getByRole("button", { name: "Drukuj / zapisz jako PDF" })).toBeVisible();
    expectNoSkippedHeadings(await headingLevels(page));
  });

  test("the Kazakh qualification requirements keep their language and all 19 duties", async ({ page, request }) => {
    const id = await findPositionId(request, /біліктілік талаптары/);
    await page.goto(`/kk/positions/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "kk");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("біліктілік талаптары");
    const duties = page.getByRole("region", { name: /Лауазымдық міндеттер/ }).getByRole("list");
    await expect(duties).toHaveAttribute("lang", "kk");
    await expect(duties.getByRole("listitem")).toHaveCount(19);
    await expect(duties.getByRole("listitem").last()).toContainText("есептік құжаттаманы жүргізу");
    const requirements = page.getByRole("region", { name: "Талаптар" });
    await expect(requirements).toContainText("жоғары техникалық");
    await expect(requirements).toContainText("кемінде 2 жыл");
  });

  test("both position pages have no serious or critical axe violations", async ({ page, request }) => {
    for (const [marker, prefix] of [
      [/Krobi/, ""],
      [/біліктілік талаптары/, "/kk"],
    ] as const) {
      await page.goto(`${prefix}/positions/${await findPositionId(request, marker)}`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    }
  });

  test("an occupation page keeps assigned positions apart from those that only suggest its code", async ({ page, request }) => {
    // The importer assigns no code to the Krobia job description; its first suggested code (through
    // the lexicon, an IT administration occupation) lists it as a suggestion only.
    await page.goto(`/positions/${await findPositionId(request, /Krobi/)}`);
    const kzis = page.getByRole("region", { name: "Zawód w klasyfikacji KZiS" });
    const href = await kzis.getByRole("link", { name: /\d{6}/ }).first().getAttribute("href");
    const code = href?.match(/\/occupations\/(\d{6})$/)?.[1];
    expect(code, String(href)).toBeTruthy();

    await page.goto(`/occupations/${code}`);
    const positions = page.getByRole("region", { name: "Stanowiska pracy" });
    await expect(positions.getByRole("heading", { level: 3 })).toHaveText([
      "Stanowiska przypisane do tego zawodu",
      "Stanowiska, dla których ten kod jest tylko sugestią",
    ]);
    await expect(positions).toContainText("Żadne stanowisko nie jest przypisane do tego zawodu.");
    const suggested = positions.getByRole("listitem").filter({ hasText: "Krobi" });
    await expect(suggested).toHaveCount(1);
    await expect(suggested).toContainText(/sugerowany kod, podobieństwo \d+,\d{2}/);
    await suggested.getByRole("link").click();
    await expect(page).toHaveURL(/\/positions\/\d+$/);
    await expect(kzis.getByRole("link", { name: new RegExp(code ?? "-") })).toBeVisible();
  });

  test("an unknown position id is a 404", async ({ page }) => {
    expect((await page.goto("/positions/999999"))?.status()).toBe(404);
    expect((await page.goto("/positions/abc"))?.status()).toBe(404);
  });
});
