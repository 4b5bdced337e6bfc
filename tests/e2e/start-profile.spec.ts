import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/**
 * Issue 11, item 2, in a real browser against `npm start`: an editor finds an occupation without a
 * profile in the work queue, starts a profile from the prefilled draft, moves a prefilled ESCO
 * item into a task, sets two key-competence levels and publishes; the public page shows each
 * item's provenance and the levels; `db:seed --force` afterwards leaves the edit in place.
 * The profile is removed at the end (tests/setup/e2e-remove-profile.ts) so the other specs see
 * the seed state.
 */

const CODE = "251201";
const E2E_DB_URL = process.env.E2E_DATABASE_URL ?? `file:${path.resolve("tests/.tmp/e2e.db")}`;

function account() {
  const email = process.env.E2E_EDITOR_EMAIL;
  const password = process.env.E2E_EDITOR_PASSWORD;
  if (!email || !password) throw new Error("e2e accounts missing: global setup did not run");
  return { email, password };
}

async function signIn(page: Page, next: string) {
  const { email, password } = account();
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/admin/);
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A command of the project against the e2e database, as an operator would run it. */
function run(args: string[]): string {
  return execFileSync("npx", ["tsx", ...args], { env: { ...process.env, DATABASE_URL: E2E_DB_URL }, encoding: "utf8", timeout: 120_000 });
}

test.describe("the work queue", () => {
  test("filters from the URL without JavaScript, pages, and has no serious axe violations", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Sign-in needs JavaScript; the queue itself does not.
    const js = await browser.newContext();
    const signInPage = await js.newPage();
    await signIn(signInPage, "/admin");
    await context.addCookies(await js.cookies());
    await page.goto("/admin?repaired=1&level=occupation");
    await expect(page.getByRole("status").filter({ hasText: /55 wpisów/ })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "222202" })).toContainText(
      "Pielęgniarka – specjalista pielęgniarstwa anestezjologicznego i intensywnej opieki",
    );
    // The GET form works without JavaScript: a search narrows the list and keeps the other filters.
    await page.getByLabel("Szukaj (nazwa lub kod)").fill("socjoterapeuta");
    await page.getByRole("button", { name: "Pokaż" }).click();
    await expect(page).toHaveURL(/q=socjoterapeuta/);
    await expect(page).toHaveURL(/repaired=1/);
    await expect(page.getByRole("row").filter({ hasText: "235202" })).toHaveCount(1);
    await page.goto("/admin?missing=1&page=2");
    await expect(page.getByRole("navigation", { name: "Strony kolejki" }).getByText(/^Strona 2 z \d+$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "‹ Poprzednia" })).toHaveAttribute("href", "/admin?missing=1");
    await context.close();
    await signInPage.goto("/admin?missing=1");
    expect(await seriousAxeViolations(signInPage)).toEqual([]);
    await js.close();
  });
});

test.describe("starting a profile from the prefilled draft", () => {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(180_000);

  test.afterAll(() => {
    run(["tests/setup/e2e-remove-profile.ts", CODE]);
    // Rebuilds the search index without the removed profile.
    run(["scripts/seed.ts", "--force"]);
  });

  test("an editor starts, edits and publishes a profile; the public page shows provenance and levels; a forced reseed keeps it", async ({ page, request }) => {
    await signIn(page, `/admin?q=${CODE}`);
    await page.goto(`/admin?q=${CODE}&profile=no`);
    const row = page.getByRole("row").filter({ hasText: CODE });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("link", { name: `Edytuj wpis ${CODE}` })).toHaveAttribute("href", `/admin/entries/occupation/${CODE}`);
    await expect(row.getByRole("link", { name: `Historia wpisu ${CODE}` })).toHaveAttribute("href", `/admin/entries/occupation/${CODE}/history`);
    await expect(row.getByRole("link", { name: `Strona publiczna ${CODE}` })).toHaveAttribute("href", `/occupations/${CODE}`);
    await row.getByRole("button", { name: new RegExp(`^Rozpocznij opis zawodu ${CODE}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/entries/profile/${CODE}$`));

    // The prefilled draft: KZiS group tasks as Z1…, ESCO candidates, the nine key competences unknown.
    await expect(page.getByLabel("Treść zadania Z1")).not.toHaveValue("");
    const candidates = page.getByRole("region", { name: /Kandydaci do zadań/ });
    const firstCandidate = candidates.getByRole("listitem").first();
    const escoItem = (await firstCandidate.locator("span[lang=pl]").textContent())!.trim();
    expect(escoItem.length).toBeGreaterThan(0);
    await expect(page.getByLabel("Umiejętności matematyczne")).toHaveValue("");

    // Nothing public before publishing.
    const before = await request.get(`/api/v1/occupations/${CODE}/export`);
    expect((await before.json()).profile).toBeNull();

    // Move the ESCO item into Z1 as a skill, set two key-competence levels, publish.
    await firstCandidate.getByRole("button", { name: `Dodaj do Z1 jako umiejętność: ${escoItem}` }).click();
    await expect(page.getByRole("textbox", { name: "Umiejętność 1 (Z1)", exact: true })).toHaveValue(escoItem);
    await page.getByLabel("Umiejętności matematyczne").selectOption("4");
    await page.getByLabel("Komunikacja ustna").selectOption("2");
    await page.getByLabel("Opis zmian (do historii)").fill("e2e: nowy opis zawodu");
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Opublikowano \(wersja 1\)/ })).toBeVisible();

    // The public page: the moved item with its ESCO mark, the task with its KZiS mark, the two levels.
    await page.goto(`/occupations/${CODE}`);
    const tasks = page.getByRole("region", { name: "Zadania zawodowe" });
    const z1 = tasks.getByRole("article").first();
    await expect(z1.getByText("źródło: KZiS")).toBeAttached();
    const item = z1.getByRole("listitem").filter({ hasText: escoItem });
    await expect(item).toBeVisible();
    await expect(item.getByText("ESCO")).toBeVisible();
    await expect(tasks.getByText("Skąd pochodzi każdy element:")).toBeVisible();
    const levels = page.getByRole("table", { name: /Profil kompetencji kluczowych/ });
    await expect(levels.getByRole("row", { name: /Umiejętności matematyczne/ }).getByRole("cell")).toContainText("4");
    await expect(levels.getByRole("row", { name: /Umiejętności matematyczne/ }).getByRole("cell")).toContainText("red.");
    await expect(levels.getByRole("row", { name: /Komunikacja ustna/ }).getByRole("cell")).toContainText("2");
    await expect(levels.getByRole("row", { name: /Współpraca w zespole/ }).getByRole("cell")).toHaveText("nieznany");

    // db:seed --force (the reference loader and a full re-index) leaves the edit in place.
    const seedOut = run(["scripts/seed.ts", "--force"]);
    expect(seedOut).toMatch(/reference data loaded/);
    expect(seedOut).toMatch(/Occupation names restored \(cut off in the KZiS source\): 55/);
    const after = await (await request.get(`/api/v1/occupations/${CODE}/export`)).json();
    expect(after.profile.version).toBe(1);
    expect(after.profile.tasks[0].skills).toContain(escoItem);
    const at = after.profile.tasks[0].skills.indexOf(escoItem);
    expect(after.profile.origins.tasks[0].skills[at].kind).toBe("esco-skill");
    expect(after.profile.origins.tasks[0].task.kind).toBe("kzis-group-task");
    const levelOf = (name: string) => after.profile.keyCompetences.find((k: { name: string }) => k.name === name)?.level;
    expect(levelOf("Umiejętności matematyczne")).toBe(4);
    expect(levelOf("Komunikacja ustna")).toBe(2);
    expect(levelOf("Współpraca w zespole")).toBeNull();
    // The queue now shows the profile.
    await page.goto(`/admin?q=${CODE}`);
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: CODE })
        .getByRole("link", { name: `Opis zawodu ${CODE}` }),
    ).toHaveText("Edytuj opis zawodu");
  });
});
