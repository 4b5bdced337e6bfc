import crypto from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInAsEditor } from "./helpers/sign-in";

/**
 * The front page cache of npm start's server (lib/http/front-page-cache.ts, ADR 0025) through the
 * real server: a cached page answered from it still gets a nonce of its own per response, and a
 * publish is seen by the very next request (no waiting for a cache to run out) while the pages it
 * did not change stay in the front cache (ADR 0029: expired by tag). Another instance's
 * publish through it: tests/e2e/instances.spec.ts.
 */

const CODE = "242101";
const RUN = crypto.randomBytes(3).toString("hex");
const PAGE = `/occupations/${CODE}`;

/**
 * A page the publish below does not touch: another unit group's occupation, and one that no other
 * spec publishes or imports (with two Playwright workers, 351402, which the seed documents and
 * other specs import and publish, was once expired by another spec in the middle of this test).
 */
const OTHER_PAGE = "/occupations/252103";

/** Reads the page until the front cache answers it (Next renders it, then answers from its cache, then the front cache keeps that). */
async function readUntilFrontHit(request: APIRequestContext, path = PAGE): Promise<{ body: string; csp: string }> {
  for (let i = 0; i < 10; i++) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    if (res.headers()["x-atlas-front-cache"] === "HIT") return { body: await res.text(), csp: res.headers()["content-security-policy"] ?? "" };
  }
  throw new Error(`${path} was never answered from the front page cache`);
}

const nonceOfCsp = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
const noncesOfBody = (body: string) => new Set([...body.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]));

test.describe("front page cache", () => {
  test.describe.configure({ mode: "serial" });

  test("a page from the front cache carries a nonce of its own, in its CSP and every script", async ({ request }) => {
    const first = await readUntilFrontHit(request);
    const second = await readUntilFrontHit(request);
    for (const { body, csp } of [first, second]) {
      const nonce = nonceOfCsp(csp);
      expect(nonce).toMatch(/^[\w-]{24}$/);
      expect([...noncesOfBody(body)]).toEqual([nonce]);
    }
    expect(nonceOfCsp(first.csp)).not.toBe(nonceOfCsp(second.csp));
  });

  test("a publish is seen by the next request, though the front cache held the page; other pages stay in it", async ({ page, request }) => {
    const description = `Pracownik front cache e2e ${RUN}: opis po publikacji.`;
    expect((await readUntilFrontHit(request)).body).not.toContain(description);
    await readUntilFrontHit(request, OTHER_PAGE);

    await signInAsEditor(page, `/admin/entries/occupation/${CODE}`);
    await page.getByLabel("Opis (urzędowy)").fill(description);
    await page.getByLabel("Opis zmian (do historii)").fill(`e2e ${RUN}: front cache`);
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Opublikowano \(wersja \d+\)/ })).toBeVisible();

    // At once: the very next request, no polling.
    const after = await request.get(PAGE);
    expect(after.headers()["x-atlas-front-cache"]).toBeUndefined();
    expect(await after.text()).toContain(description);
    // The publish expired the tags of the published entry's pages, not the whole front cache (ADR 0029).
    expect((await request.get(OTHER_PAGE)).headers()["x-atlas-front-cache"]).toBe("HIT");
    // And the front cache keeps the new page, not the old one.
    expect((await readUntilFrontHit(request)).body).toContain(description);
  });
});
