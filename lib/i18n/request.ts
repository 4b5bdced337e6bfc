import fs from "node:fs/promises";
import path from "node:path";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

/**
 * Messages live in one file per namespace (lib/i18n/messages/<locale>/<namespace>.json), so that
 * features add their own files instead of editing one shared file. They are merged per locale once.
 */
const cache = new Map<string, Promise<Record<string, unknown>>>();

async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const dir = path.join(/* turbopackIgnore: true */ process.cwd(), "lib/i18n/messages", locale);
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  const parts = await Promise.all(files.map(async (f) => JSON.parse(await fs.readFile(path.join(dir, f), "utf8")) as Record<string, unknown>));
  return Object.assign({}, ...parts);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  if (!cache.has(locale)) cache.set(locale, loadMessages(locale));
  return { locale, messages: await cache.get(locale)! };
});
