import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";
import { NAMESPACES, requestConfig } from "./request";

const MESSAGES = path.resolve("lib/i18n/messages");

/** Every message of a file as "namespace.key.subkey: text|empty" (nested objects flattened), sorted. */
function keyPaths(locale: string, namespace: string): string[] {
  const json = JSON.parse(fs.readFileSync(path.join(MESSAGES, locale, `${namespace}.json`), "utf8")) as unknown;
  const out: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (value !== null && typeof value === "object") for (const [key, child] of Object.entries(value)) walk(child, at ? `${at}.${key}` : key);
    // An empty message is deliberate (a state that shows nothing); it must then be empty in every locale.
    else out.push(`${at}: ${typeof value !== "string" ? JSON.stringify(value) : value.trim() === "" ? "empty" : "text"}`);
  };
  walk(json, "");
  return out.sort();
}

describe("message namespaces", () => {
  it.each(routing.locales)("every file of %s is listed in NAMESPACES, and every listed one exists", (locale) => {
    const files = fs
      .readdirSync(path.join(MESSAGES, locale))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(files).toEqual([...NAMESPACES].sort());
  });

  // Every namespace in every locale: the same keys as the default locale's, each a text (empty where it is empty there).
  const others = routing.locales.filter((l) => l !== routing.defaultLocale);
  describe.each(NAMESPACES)("%s", (namespace) => {
    const reference = keyPaths(routing.defaultLocale, namespace);

    it(`has only texts in ${routing.defaultLocale}`, () => {
      expect(reference.filter((p) => !p.endsWith(": text") && !p.endsWith(": empty"))).toEqual([]);
      expect(reference.length).toBeGreaterThan(0);
    });

    it.each(others)(`has the same keys in %s as in ${routing.defaultLocale}, each a text where it has one`, (locale) => {
      expect(keyPaths(locale, namespace)).toEqual(reference);
    });
  });
});

describe("request config", () => {
  it("names the server's time zone, the one next-intl would otherwise read per request", async () => {
    const config = await requestConfig({ requestLocale: Promise.resolve("en") });
    expect(config.locale).toBe("en");
    expect(config.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
