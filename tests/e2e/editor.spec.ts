import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/**
 * The editorial workflow in a real browser against `npm start` (tests/.tmp/e2e.db). The accounts
 * come from tests/setup/e2e-users.ts. Edits go to 243108's last task and are restored at the end,
 * so the other specs' counts and codes hold whichever order the files run in.
 */

const XSS = "<img src=x onerror=alert(1)>";
const CODE = "243108";
const ORIGINAL_Z7 = "Przygotowywanie analiz i raportów w zakresie efektywności prowadzonych kampanii w mediach interaktywnych";

function account(role: "editor" | "admin") {
  const email = process.env[`E2E_${role.toUpperCase()}_EMAIL`];
  const password = process.env[`E2E_${role.toUpperCase()}_PASSWORD`];
  if (!email || !password) throw new Error("e2e accounts missing: global setup did not run");
  return { email, password };
}

async function signIn(page: Page, role: "editor" | "admin", next = "/admin") {
  const { email, password } = account(role);
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}

function countDialogs(page: Page) {
  const seen: string[] = [];
  page.on("dialog", (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

test.describe("editorial workflow", () => {
  test.describe.configure({ mode: "serial" });

  test("an editor edits a task, publishes, sees it public, compares history and restores the old text", async ({ page }) => {
    const dialogs = countDialogs(page);
    await signIn(page, "editor", `/admin/entries/profile/${CODE}`);
    const title = page.getByLabel("Treść zadania Z7");
    await expect(title).toHaveValue(ORIGINAL_Z7);
    const edited = `${ORIGINAL_Z7} ${XSS} (e2e)`;
    await title.fill(edited);
    await page.getByLabel("Opis zmian (do historii)").fill("e2e: poprawka Z7");
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Opublikowano \(wersja \d+\)/ })).toBeVisible();

    // The public page shows the change, as text.
    await page.goto(`/occupations/${CODE}`);
    await expect(page.getByText(edited, { exact: false }).first()).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    // History: the diff between the imported state and the edit.
    await page.goto(`/admin/entries/profile/${CODE}/history`);
    const diff = page.getByRole("region", { name: /Zmiany od wersji \d+ do wersji \d+/ });
    await expect(diff.getByText("Zmieniono")).toBeVisible();
    await expect(diff.locator("del")).toHaveText(ORIGINAL_Z7);
    await expect(diff.locator("ins")).toHaveText(edited);

    // Restore the imported version as a draft, then publish it.
    const rows = page.getByRole("row");
    await rows
      .last()
      .getByRole("button", { name: /Przywróć wersję/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/entries/profile/${CODE}$`));
    await expect(page.getByLabel("Treść zadania Z7")).toHaveValue(ORIGINAL_Z7);
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Opublikowano/ })).toBeVisible();
    await page.goto(`/occupations/${CODE}`);
    await expect(page.getByText(ORIGINAL_Z7).first()).toBeVisible();
    await expect(page.getByText(XSS)).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test("field errors are shown next to the field and nothing typed is lost", async ({ page }) => {
    await signIn(page, "editor", `/admin/entries/profile/${CODE}`);
    const title = page.getByLabel("Treść zadania Z1", { exact: true });
    await title.fill("   ");
    const social = page.getByRole("textbox", { name: "Kompetencja społeczna 1", exact: true });
    await social.fill("Tekst, którego nie wolno zgubić");
    await page.getByRole("button", { name: "Zapisz wersję roboczą" }).click();
    await expect(title).toHaveAttribute("aria-invalid", "true");
    const errorId = await title.getAttribute("aria-describedby");
    await expect(page.locator(`#${errorId}`)).toHaveText("To pole jest wymagane.");
    await expect(social).toHaveValue("Tekst, którego nie wolno zgubić");
    await expect(page.getByRole("status").filter({ hasText: "Popraw zaznaczone pola." })).toBeVisible();
  });

  test("an uploaded document is previewed with its text shown as text, nothing written before confirmation", async ({ page }) => {
    const dialogs = countDialogs(page);
    const seed = fs.readdirSync("seeds/documents").find((f) => f.startsWith("003_"));
    if (!seed) throw new Error("seed 003 missing");
    const text = fs
      .readFileSync(path.join("seeds/documents", seed), "utf8")
      .replaceAll("Optymalizowanie interaktywnej kampanii", `${XSS} Optymalizowanie interaktywnej kampanii`);
    await signIn(page, "editor", "/admin/imports");
    await page.getByLabel("Dokumenty (txt, html, pdf, docx)").setInputFiles({ name: "e2e-xss.txt", mimeType: "text/plain", buffer: Buffer.from(text, "utf8") });
    await page.getByRole("button", { name: "Przeanalizuj" }).click();
    // The analysis is a server round trip with the upload; allow for a busy CI machine.
    await expect(page.getByText("gotowy do importu")).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(`Z5 ${XSS} Optymalizowanie`, { exact: false })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    // Nothing was written: the public page still has the original Z5.
    await page.goto(`/occupations/${CODE}`);
    await expect(page.getByText(XSS)).toHaveCount(0);
  });

  test("access: anonymous users go to sign-in, editors get 403 on admin pages, cross-site posts are refused", async ({ page, request }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login\?next=/);
    await signIn(page, "editor");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Brak uprawnień (403)" })).toBeVisible();

    const { email, password } = account("editor");
    const crossSite = await request.post("/api/auth/sign-in/email", {
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      data: { email, password },
    });
    expect(crossSite.status()).toBe(403);
  });

  test("an admin sees the users and the audit log of what happened", async ({ page }) => {
    await signIn(page, "admin", "/admin/users");
    await expect(page.getByRole("cell", { name: account("editor").email, exact: true })).toBeVisible();
    await page.goto("/admin/audit");
    await expect(page.getByRole("cell", { name: "publikacja" }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "logowanie", exact: true }).first()).toBeVisible();
  });
});
