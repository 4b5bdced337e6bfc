import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

/**
 * Messages live in one file per namespace (lib/i18n/messages/<locale>/<namespace>.json), so that
 * features add their own files instead of editing one shared file. They are imported through the
 * bundler, not read from disk: next-intl's plugin compiles every ICU message at build time
 * (next.config.ts, precompile), so neither server nor browser ships the ICU parser. A new
 * namespace file is added to this list (lib/i18n/namespaces.test.ts checks the folders match).
 */
export const NAMESPACES = [
  "admin",
  "apiDocs",
  "auth",
  "compare",
  "editor",
  "error",
  "export",
  "facets",
  "folder",
  "footer",
  "home",
  "keyCompetence",
  "levels",
  "match",
  "meta",
  "nav",
  "notFound",
  "occupation",
  "otherName",
  "pager",
  "position",
  "print",
  "profile",
  "related",
  "search",
  "searchResults",
  "sheet",
  "skills",
  "suggest",
] as const;

const cache = new Map<string, Promise<Record<string, unknown>>>();

/**
 * The server's time zone, which next-intl takes when the config names none: read once here, as
 * next-intl read it per request (a new Intl.DateTimeFormat each time, ~1 % of a /match render).
 */
const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    NAMESPACES.map(async (ns) => ((await import(`./messages/${locale}/${ns}.json`)) as { default: Record<string, unknown> }).default),
  );
  return Object.assign({}, ...parts);
}

/** The locale, its messages and the time zone of a request (the function next-intl calls; exported for its test). */
export async function requestConfig({ requestLocale }: { requestLocale: Promise<string | undefined> }) {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  if (!cache.has(locale)) cache.set(locale, loadMessages(locale));
  return { locale, messages: await cache.get(locale)!, timeZone: TIME_ZONE };
}

export default getRequestConfig(requestConfig);
