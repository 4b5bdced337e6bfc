import { describe, expect, it } from "vitest";
import { localePath, withoutLocale } from "./paths";

describe("localePath", () => {
  it("leaves Polish paths unprefixed and prefixes the other languages", () => {
    expect(localePath("pl", "/search")).toBe("/search");
    expect(localePath("pl", "/")).toBe("/");
    expect(localePath("en", "/search")).toBe("/en/search");
    expect(localePath("kk", "/")).toBe("/kk");
    expect(localePath("ru", "/occupations/011101")).toBe("/ru/occupations/011101");
  });

  it("encodes the query and keeps repeated keys and leading zeros", () => {
    expect(localePath("en", { pathname: "/match", query: { s: ["a b", "ż"], code: "011101" } })).toBe("/en/match?s=a+b&s=%C5%BC&code=011101");
    expect(localePath("pl", { pathname: "/search", query: {} })).toBe("/search");
  });
});

describe("withoutLocale", () => {
  it("drops a UI-language prefix only", () => {
    expect(withoutLocale("/en/search")).toBe("/search");
    expect(withoutLocale("/kk")).toBe("/");
    expect(withoutLocale("/search")).toBe("/search");
    expect(withoutLocale("/")).toBe("/");
    expect(withoutLocale("/english/x")).toBe("/english/x");
  });
});
