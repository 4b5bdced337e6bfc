import { defineRouting } from "next-intl/routing";

/**
 * UI languages. Polish is the default and has no URL prefix; English, Kazakh and Russian live under
 * /en, /kk and /ru. The URL alone decides (no Accept-Language redirect), so a shared link shows what it showed.
 */
export const routing = defineRouting({
  locales: ["pl", "en", "kk", "ru"],
  defaultLocale: "pl",
  localePrefix: "as-needed",
  localeDetection: false,
  // Nothing reads a locale cookie when the URL alone decides; setting one made every page answer
  // depend on the request's cookie and Accept-Language (which Set-Cookie it carried), so that the
  // front page cache (lib/http/front-page-cache.ts) could not keep it.
  localeCookie: false,
});
