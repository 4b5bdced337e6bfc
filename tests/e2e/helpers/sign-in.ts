import { expect, type Page } from "@playwright/test";

/** The editor account tests/setup/e2e-users.ts made (global setup passes it through the environment). */
function editorAccount() {
  const email = process.env.E2E_EDITOR_EMAIL;
  const password = process.env.E2E_EDITOR_PASSWORD;
  if (!email || !password) throw new Error("e2e accounts missing: global setup did not run");
  return { email, password };
}

/** Signs the editor in through the login form and lands on `next`. */
export async function signInAsEditor(page: Page, next: string) {
  const { email, password } = editorAccount();
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Hasło").fill(password);
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/gu, "\\$&")}$`, "u"));
}
