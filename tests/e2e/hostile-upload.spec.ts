import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { docxRatioBomb, pdfSlowText } from "../../lib/import/testing/hostile-files";

/**
 * Issue 17 in the built server (`npm start`: Next in-process, the parse worker started from the
 * bundled server code): an editor uploads hostile files through the import form; each is refused
 * within 5 s with the limit named in Polish, while public pages requested meanwhile are answered.
 */

function account(role: "editor" | "admin") {
  const email = process.env[`E2E_${role.toUpperCase()}_EMAIL`];
  const password = process.env[`E2E_${role.toUpperCase()}_PASSWORD`];
  if (!email || !password) throw new Error("e2e accounts missing: global setup did not run");
  return { email, password };
}

async function signIn(page: Page, next: string) {
  const { email, password } = account("editor");
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}

const FILES = [
  {
    name: "bomba-600kb-200mb.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docxRatioBomb(200)),
    limit: "plik przekracza limit: 8 MB po rozpakowaniu jednej części XML",
  },
  { name: "wolny.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfSlowText(1000, 2000)), limit: "plik przekracza limit: 3 s na analizę" },
];

test("hostile uploads are refused with the limit named, and public pages are answered meanwhile", async ({ page, request }) => {
  test.setTimeout(60_000);
  await signIn(page, "/admin/imports");
  for (const file of FILES) {
    await page.getByLabel("Dokumenty (txt, html, pdf, docx)").setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
    let uploading = true;
    const statuses: number[] = [];
    const traffic = (async () => {
      while (uploading) statuses.push((await request.get("/occupations/243108")).status());
    })();
    await page.getByRole("button", { name: "Przeanalizuj" }).click();
    // How fast is a figure of `npm run bench:hostile`; here, that it is refused at all.
    await expect(page.getByText(file.limit)).toBeVisible();
    uploading = false;
    await traffic;
    expect(statuses.length).toBeGreaterThan(0);
    expect(
      statuses.every((s) => s === 200),
      statuses.join(","),
    ).toBe(true);
    await expect(page.getByText("Szczegóły (po angielsku)")).toBeVisible();
  }
  // The worker the slow file exhausted was replaced: a real document still parses.
  const seed = fs.readdirSync("seeds/documents").find((f) => f.startsWith("001_"))!;
  await page
    .getByLabel("Dokumenty (txt, html, pdf, docx)")
    .setInputFiles({ name: "opis.txt", mimeType: "text/plain", buffer: fs.readFileSync(path.join("seeds/documents", seed)) });
  await page.getByRole("button", { name: "Przeanalizuj" }).click();
  await expect(page.getByText("gotowy do importu")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/przekracza limit/u)).toHaveCount(0);
});
