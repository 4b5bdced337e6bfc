import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/action-body-limit";
import { BASE_CSP, STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // ICU messages are compiled at build time (lib/i18n/request.ts imports them through the
    // bundler), so the ICU parser leaves the server and the ~10 kB it adds to every page's JavaScript.
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // npm start's server (scripts/serve.ts) compresses, after it has put each page's nonce in; Next
  // compressing first would hide the placeholder from it. `next dev` and a plain `next start` send
  // uncompressed answers.
  compress: false,
  // Pages leave npm start's server without an ETag (lib/http/serve-security.ts removes it: a
  // page's bytes differ per response by its nonce), and the API sets its own (lib/api.ts). Next
  // would still hash every page's whole HTML for one, on the request's thread.
  generateEtags: false,
  // The headers every response gets, also under `next dev` and a plain `next start`. The strict
  // page CSP (script nonces) comes from scripts/serve.ts, which replaces this base policy on pages
  // (docs/decisions/0015-security-headers.md).
  async headers() {
    const headers = [...Object.entries(STATIC_SECURITY_HEADERS), ["Content-Security-Policy", BASE_CSP]].map(([key, value]) => ({ key: key!, value: value! }));
    return [{ source: "/:path*", headers }];
  },
  // better-sqlite3 is native; keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pdfjs-dist"],
  typedRoutes: false,
  // The app shows no raster images (no next/image, no public/ folder), so the image optimiser is
  // off: /_next/image answers 404 before reading its url, never fetching an API route or a page
  // (it fetched /api/v1/export, 7 MB, for any caller). localPatterns: [] matches nothing, should
  // `unoptimized` ever be dropped without deciding which images to allow.
  images: { unoptimized: true, localPatterns: [] },
  // No cacheHandler: Next would import() it on every request. npm start's server stamps Next's own
  // page cache in place instead (lib/http/render-stamped-cache.mjs, issue 11).
  experimental: {
    // forbidden() gives a signed-in editor a 403 page on admin-only pages (lib/auth.ts).
    authInterrupts: true,
    // One uploaded document per request, up to MAX_IMPORT_BYTES (5 MB) plus the multipart overhead.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // Pages cached at runtime (profile pages, ISR) stay in memory only, in Next's LRU of
    // cacheMaxMemorySize (50 MB by default): a restart starts from the database as it is then
    // (after a restore or an import made while the server was down), and crawling 10,000 pages
    // cannot fill the disk.
    isrFlushToDisk: false,
  },
};

export default withNextIntl(nextConfig);
