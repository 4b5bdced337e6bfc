import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("checkSameOrigin", () => {
  it("accepts a same-origin browser post", () => {
    expect(checkSameOrigin(h({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100", "sec-fetch-site": "same-origin" }))).toEqual({ ok: true });
  });

  it("accepts a trusted origin behind a proxy", () => {
    expect(checkSameOrigin(h({ host: "internal:3000", origin: "https://atlas.example.org" }), ["https://atlas.example.org"])).toEqual({ ok: true });
    expect(checkSameOrigin(h({ host: "internal:3000", "x-forwarded-host": "atlas.example.org", origin: "https://atlas.example.org" }))).toEqual({ ok: true });
  });

  it("refuses what the browser marks cross-site or same-site", () => {
    expect(checkSameOrigin(h({ host: "a.test", origin: "http://a.test", "sec-fetch-site": "cross-site" }))).toEqual({ ok: false, reason: "cross-site" });
    expect(checkSameOrigin(h({ host: "a.test", origin: "http://a.test", "sec-fetch-site": "same-site" }))).toEqual({ ok: false, reason: "cross-site" });
  });

  it("refuses another origin, a null origin and none at all", () => {
    expect(checkSameOrigin(h({ host: "a.test", origin: "http://evil.test" }))).toEqual({ ok: false, reason: "foreign-origin" });
    expect(checkSameOrigin(h({ host: "a.test", origin: "null" }))).toEqual({ ok: false, reason: "missing-origin" });
    expect(checkSameOrigin(h({ host: "a.test" }))).toEqual({ ok: false, reason: "missing-origin" });
    expect(checkSameOrigin(h({ host: "a.test", origin: "not a url" }))).toEqual({ ok: false, reason: "foreign-origin" });
  });
});
