import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy";

describe("checkPassword", () => {
  it("accepts a long passphrase", () => {
    expect(checkPassword("zielona lampa nad kredą", { email: "ada@example.org" })).toEqual([]);
  });

  it.each([
    ["short1!", "too-short"],
    ["Password123!", "common"],
    ["hasło2024!!!", "common"],
    ["123456789012", "common"],
    ["aaaaaaaaaaaaaaa", "repetitive"],
    ["abcabcabcabc", "repetitive"],
  ])("refuses %s (%s)", (password, problem) => {
    expect(checkPassword(password)).toContain(problem);
  });

  it("refuses a password built from the e-mail or the name", () => {
    expect(checkPassword("ada.nowak-2026-xyz", { email: "ada.nowak@example.org" })).toContain("contains-identity");
    expect(checkPassword("nowak-na-zawsze-77", { name: "Ada Nowak" })).toContain("contains-identity");
  });

  it("counts characters, not UTF-16 units, and refuses very long input", () => {
    expect(checkPassword("żółćęśąźń1x")).toContain("too-short");
    expect(checkPassword("x".repeat(129) + "yz")).toContain("too-long");
  });
});
