import { describe, expect, it } from "vitest";
import { adminReturnPath } from "./return-path";

describe("adminReturnPath", () => {
  it.each([
    ["/admin/users", "/admin/users"],
    ["/en/admin/users", "/admin/users"],
    ["/kk/admin/audit?action=publish", "/admin/audit?action=publish"],
    ["/admin", "/admin"],
    ["/admin/entries/occupation/011001/history", "/admin/entries/occupation/011001/history"],
  ])("keeps the admin page %s as %s", (input, expected) => {
    expect(adminReturnPath(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    "",
    "//evil.example/admin",
    "https://evil.example/admin",
    "/\\evil.example",
    "/%2F%2Fevil.example",
    "/occupations/351401",
    "/administrator",
    "/en",
  ])("falls back to /admin for %s", (input) => {
    expect(adminReturnPath(input)).toBe("/admin");
  });
});
