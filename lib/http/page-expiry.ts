import { pageTagsOf, type PageRevalidation } from "../store/changes";

/**
 * Expiring cached pages from app code outside a request (revalidatePath works only inside a
 * request or an action). npm start's server installs Next's tag expiry here
 * (lib/http/render-stamped-cache.mjs); it lives on globalThis because the server and the app's
 * bundles load this module separately. Elsewhere (next dev, tests) nothing is cached: a no-op.
 */
const KEY = "atlasExpirePageTags";
const holder = globalThis as { [KEY]?: (tags: readonly string[]) => void };

export function installPageExpiry(expireTags: (tags: readonly string[]) => void): void {
  holder[KEY] = expireTags;
}

/** Marks the pages stale in this process now, as revalidatePath(path, type) would. */
export function expirePages(revalidations: readonly PageRevalidation[]): void {
  holder[KEY]?.(revalidations.flatMap(pageTagsOf));
}
