import { expect, test, type APIResponse, type Page } from "@playwright/test";

/**
 * Security headers and the strict CSP against `npm start` (docs/decisions/0015-security-headers.md):
 * the headers of a public page, a cached profile page, /login and /admin; a nonce per response
 * also on cached pages (which stay cached); and the pages still hydrate and work in Chromium with
 * no CSP violation. The suite's server trusts loopback as its proxy (playwright.config.ts), so
 * X-Forwarded-Proto from the test counts as the balancer's.
 */

function account(role: "editor" | "admin") {
  const email = process.env[`E2E_${role.toUpperCase()}_EMAIL`];
  const password = process.env[`E2E_${role.toUpperCase()}_PASSWORD`];
  if (!email || !password) throw new Error("e2e accounts missing: global setup did not run");
  return { email, password };
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The nonce of a page response's CSP, after checking the policy is the strict one. */
function checkPageCsp(response: APIResponse, where: string): string {
  const csp = response.headers()["content-security-policy"];
  expect(csp, where).toBeTruthy();
  const policy = directives(csp!);
  const scripts = policy.get("script-src") ?? [];
  expect(scripts, where).toContain("'strict-dynamic'");
  expect(scripts, where).not.toContain("'unsafe-inline'");
  expect(scripts, where).not.toContain("'unsafe-eval'");
  expect(policy.get("style-src"), where).not.toContain("'unsafe-inline'");
  expect(policy.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(policy.get("object-src"), where).toEqual(["'none'"]);
  expect(policy.get("base-uri"), where).toEqual(["'none'"]);
  const nonces = scripts.filter((s) => s.startsWith("'nonce-"));
  expect(nonces, where).toHaveLength(1);
  return nonces[0]!.slice("'nonce-".length, -1);
}

function checkStaticHeaders(response: APIResponse, where: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(h["x-frame-options"], where).toBe("DENY");
  expect(h["permissions-policy"], where).toContain("camera=()");
  expect(h["permissions-policy"], where).toContain("geolocation=()");
  // Plain http: no HSTS (a browser would ignore it, and it would be a lie).
  expect(h["strict-transport-security"], where).toBeUndefined();
}

/** Every script tag carries the header's nonce; no other nonce value (the placeholder) is left. */
async function checkScriptNonces(response: APIResponse, nonce: string, where: string) {
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, where).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, where).toContain(`nonce="${nonce}"`);
  const values = new Set([...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]));
  expect([...values], where).toEqual([nonce]);
}

test.describe("security headers", () => {
  test("a public page, a cached profile page, /login and /admin send the headers; the nonce differs per response", async ({ request }) => {
    for (const path of ["/", "/search?q=administrator", "/occupations/351402", "/en/occupations/351402", "/login"]) {
      const first = await request.get(path);
      const second = await request.get(path);
      expect(first.status(), path).toBe(200);
      checkStaticHeaders(first, path);
      const a = checkPageCsp(first, path);
      const b = checkPageCsp(second, path);
      expect(a, path).not.toBe(b);
      await checkScriptNonces(first, a, path);
      await checkScriptNonces(second, b, path);
      // A per-response body: no ETag, so no 304 could revive an old nonce.
      expect(first.headers()["etag"], path).toBeUndefined();
    }

    // /admin without a session is a redirect to sign-in; it is a page answer all the same.
    const admin = await request.get("/admin", { maxRedirects: 0 });
    expect([303, 307]).toContain(admin.status());
    checkStaticHeaders(admin, "/admin");
    checkPageCsp(admin, "/admin");

    // The API and Next's files: the base policy (no scripts to allow), same static headers.
    for (const path of ["/api/v1/occupations/351402", "/api/v1/openapi.json"]) {
      const response = await request.get(path);
      checkStaticHeaders(response, path);
      expect(directives(response.headers()["content-security-policy"]!).get("frame-ancestors"), path).toEqual(["'none'"]);
    }
  });

  test("the profile page stays cached under the CSP, and If-None-Match never gets a 304 with a stale nonce", async ({ request }) => {
    // The page may have been cached by another test more than its 60 s ago: then a request gets
    // STALE and starts a regeneration in the background. Ask until the fresh copy is served.
    await expect.poll(async () => (await request.get("/occupations/243108")).headers()["x-nextjs-cache"]).toBe("HIT");
    const again = await request.get("/occupations/243108", { headers: { "If-None-Match": "*" } });
    expect(again.status()).toBe(200);
    // Served from the cache either way (HIT, or STALE if the copy just turned 60 s old).
    expect(again.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    await checkScriptNonces(again, checkPageCsp(again, "cached"), "cached");
  });

  test("a client cannot choose the nonce with its own CSP request header", async ({ request }) => {
    const response = await request.get("/occupations/351402", { headers: { "Content-Security-Policy": "script-src 'nonce-chosenbytheclient'" } });
    const nonce = checkPageCsp(response, "forged");
    expect(nonce).not.toBe("chosenbytheclient");
    expect(await response.text()).not.toContain("chosenbytheclient");
  });

  test("HSTS and upgrade-insecure-requests only when a trusted proxy says the browser came over https", async ({ request }) => {
    for (const path of ["/", "/login", "/occupations/351402"]) {
      const https = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
      expect(https.headers()["strict-transport-security"], path).toBe("max-age=31536000");
      expect(https.headers()["content-security-policy"], path).toContain("upgrade-insecure-requests");
      const http = await request.get(path, { headers: { "X-Forwarded-Proto": "http" } });
      expect(http.headers()["strict-transport-security"], path).toBeUndefined();
      expect(http.headers()["content-security-policy"], path).not.toContain("upgrade-insecure-requests");
    }
  });

  test("gzip still works: the compressed page carries the same nonce as its header", async ({ request }) => {
    const response = await request.get("/occupations/351402", { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers()["content-encoding"]).toBe("gzip");
    await checkScriptNonces(response, checkPageCsp(response, "gzip"), "gzip");
  });
});

// ---------------------------------------------------------------------------------------------
// In the browser: the pages work under the CSP, with no violation.
// ---------------------------------------------------------------------------------------------

/** Collects CSP violations (the DOM event and Chromium's console errors) and Permissions-Policy complaints. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Content-Security-Policy|Permissions-Policy|Refused to (?:execute|load|apply)/i.test(text)) seen.push(`console: ${text}`);
  });
  page.on("pageerror", (error) => seen.push(`pageerror: ${error.message}`));
  await page.exposeFunction("__reportCspViolation", (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  return seen;
}

test.describe("pages under the CSP", () => {
  test("home, search, profile with the chart, compare and print hydrate and work with no violation", async ({ page }) => {
    const violations = await watchViolations(page);

    // Home: suggestions as you type need the hydrated combobox.
    await page.goto("/");
    const box = page.getByRole("combobox", { name: /Szukaj zawodu/ });
    await box.pressSequentially("pielęgn", { delay: 30 });
    await expect(page.getByRole("listbox", { name: "Podpowiedzi" })).toBeVisible();

    // Search results with facets (indentation by classes, no inline styles).
    await page.goto("/search?q=administrator&prefix=35");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // A cached profile page with the key-competence chart; adding to compare needs hydration.
    await page.goto("/occupations/351402");
    await expect(page.getByRole("region", { name: "Kompetencje kluczowe" }).getByRole("img")).toBeVisible();
    await page.getByRole("button", { name: /Dodaj do porównania: Administrator systemów poczty elektronicznej$/ }).click();
    await page.goto("/occupations/243108");
    await page.getByRole("button", { name: /Dodaj do porównania: Specjalista do spraw mediów interaktywnych$/ }).click();
    await page.getByRole("link", { name: "Porównaj (2)" }).click();
    await expect(page).toHaveURL(/\/compare\?codes=351402,243108$/);
    await expect(page.getByRole("img", { name: /Wykres słupkowy poziomów kompetencji kluczowych/ })).toBeVisible();
    // The column colours come from classes now: the entry badges are still coloured.
    const badge = page.locator("span.rounded-full.text-white").first();
    await expect(badge).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    // Its print stylesheet (a file, no <style> element) applies: no sideways scrolling on paper.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".compare-scroll").first()).toHaveCSS("overflow-x", "visible");
    await page.emulateMedia({ media: "screen" });

    // Print: the button calls window.print (stubbed), and the print stylesheet hides the navigation.
    await page.goto("/occupations/351402");
    await page.evaluate(() => {
      window.print = () => {
        document.documentElement.dataset.printed = "yes";
      };
    });
    await page.getByRole("button", { name: "Drukuj / zapisz jako PDF" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Drukuj / zapisz jako PDF" })).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    // A 404 page (rendered per request, so its scripts have the nonce too).
    await page.goto("/occupations/999999");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    expect(violations).toEqual([]);
  });

  test("sign-in, the admin area and the editor work with no violation; framing is refused", async ({ page }) => {
    const violations = await watchViolations(page);
    const { email, password } = account("editor");
    await page.goto("/login?next=%2Fadmin%2Fentries%2Fprofile%2F243108");
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Hasło").fill(password);
    await page.getByRole("button", { name: "Zaloguj się" }).click();
    await expect(page).toHaveURL(/\/admin\/entries\/profile\/243108$/);
    // The editor form is inert until hydrated (tests/unit/hydration-guard.test.ts): typing proves it is not.
    const title = page.getByLabel("Treść zadania Z7");
    const original = await title.inputValue();
    await title.fill(`${original} (csp)`);
    await expect(title).toHaveValue(`${original} (csp)`);
    await title.fill(original);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);

    // frame-ancestors 'none': Chromium refuses to show /login in a frame (it shows its error page).
    const loginUrl = new URL("/login", page.url()).href;
    const answered = page.waitForResponse((r) => r.url() === loginUrl);
    await page.setContent(`<iframe src="${loginUrl}" width="400" height="300"></iframe>`);
    expect((await answered).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
    expect(await frame.locator("input").count()).toBe(0);
  });
});
