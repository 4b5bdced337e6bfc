import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "./safe-next-path";

// Targets an attacker puts in ?next=: each one, if passed through, would send a browser elsewhere
// (or run script) after sign-in. Browsers drop TAB/CR/LF in URLs and read "\" as "/".
const HOSTILE = [
  "//evil.example",
  "///evil.example",
  "////evil.example/x",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/%09/evil.example",
  "/\n/evil.example",
  "/%0a/evil.example",
  "/\r/evil.example",
  "/%0D%0A/evil.example",
  "/\u0000/evil.example",
  "/%00/evil.example",
  "/ /evil.example",
  "/\u00a0/evil.example",
  "/\u2028/evil.example",
  "/%E2%80%A8/evil.example",
  "/\u3000/evil.example",
  "/%2f/evil.example",
  "/%2F%2Fevil.example",
  "%2f%2fevil.example",
  "/%5cevil.example",
  "/%5C%5Cevil.example",
  "/%252f%252fevil.example",
  "/%25%32%66%25%32%66evil.example",
  "/.//evil.example",
  "/a/..//evil.example",
  "/%2e%2e//evil.example",
  "https://evil.example",
  "HTTPS://evil.example/admin",
  "http:evil.example",
  "http:/evil.example",
  "https:\\\\evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  " //evil.example",
  "evil.example",
  "@evil.example",
  "/%",
  "/%E0%A4%A",
  "/" + "a".repeat(3000),
  "",
  null,
  undefined,
];

describe("safeRedirectTarget", () => {
  it(`has at least 30 hostile targets in its table (${HOSTILE.length})`, () => expect(HOSTILE.length).toBeGreaterThanOrEqual(30));

  it.each(HOSTILE.map((t) => [JSON.stringify(t), t]))("refuses %s", (_label, target) => {
    expect(safeRedirectTarget(target as string | null | undefined)).toBe("/admin");
  });

  it.each([
    ["/admin", "/admin"],
    ["/admin/entries?x=1", "/admin/entries?x=1"],
    ["/en/admin/users", "/en/admin/users"],
    ["/admin/entries/profile/351402#tasks", "/admin/entries/profile/351402#tasks"],
    ["/search?q=zarz%C4%85dzanie", "/search?q=zarz%C4%85dzanie"],
    ["/admin/../occupations/3514", "/occupations/3514"],
    ["/occupations/%C5%BC", "/occupations/%C5%BC"],
  ])("keeps the same-site path %s", (target, expected) => expect(safeRedirectTarget(target)).toBe(expected));

  it("uses the fallback it is given, /admin by default", () => {
    expect(safeRedirectTarget("//evil.example", "/")).toBe("/");
    expect(safeRedirectTarget("/admin/entries?x=1")).toBe("/admin/entries?x=1");
    expect(safeRedirectTarget("//evil.test")).toBe("/admin");
  });
});

describe("safeRedirectTarget with the default fallback", () => {
  it("keeps a same-site path", () => expect(safeRedirectTarget("/admin/entries?x=1")).toBe("/admin/entries?x=1"));
  it.each(["//evil.test", "https://evil.test", "/\\evil.test", "javascript:alert(1)", "", null])("refuses %s", (v) =>
    expect(safeRedirectTarget(v)).toBe("/admin"),
  );
});
