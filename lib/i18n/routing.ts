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
});
