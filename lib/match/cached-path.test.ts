import { describe, expect, it } from "vitest";
import { createRepeatFilter, matchCacheState, readMatchCacheState } from "./cached-path";

const state = (query: string) => matchCacheState(new URLSearchParams(query));

describe("the cached path of a /match query", () => {
  it("keeps the skills in their order, free text intact, and the page", () => {
    const s = state("s=t%3Aobs%C5%82uga+klienta&s=e%3A12&s=t%3AC%2B%2B%2F%C3%B3%26%3F%23&page=3");
    expect(s).toMatch(/^[\w-]+$/);
    expect(readMatchCacheState(s!)).toEqual({ s: ["t:obsługa klienta", "e:12", "t:C++/ó&?#"], page: "3" });
  });

  it("gives one state per query: page 1 and no page are the same page, another order is another page", () => {
    expect(state("s=t%3ASQL&page=1")).toBe(state("s=t%3ASQL"));
    expect(state("s=t:SQL&s=t:Excel")).not.toBe(state("s=t:Excel&s=t:SQL"));
    expect(readMatchCacheState(state("s=t%3ASQL")!)).toEqual({ s: ["t:SQL"], page: undefined });
  });

  it("leaves to the dynamic page a query with no skill, another parameter (the form's add) or a page that is not a number", () => {
    expect(state("")).toBeNull();
    expect(state("page=2")).toBeNull();
    expect(state("s=t:SQL&add=Excel")).toBeNull();
    expect(state("s=t:SQL&utm_source=x")).toBeNull();
    expect(state("s=t:SQL&page=abc")).toBeNull();
    expect(state("s=t:SQL&page=0")).toBeNull();
    expect(state("s=t:SQL&page=2&page=3")).toBeNull();
  });

  it("reads a state that is not one of its own as an empty query", () => {
    expect(readMatchCacheState("not/base64")).toEqual({ s: [], page: undefined });
    expect(readMatchCacheState("")).toEqual({ s: [], page: undefined });
  });
});

describe("the repeat filter (a set is cached from its second request)", () => {
  it("answers false the first time and true after, and forgets the oldest beyond its size", () => {
    const isRepeated = createRepeatFilter(2);
    expect([isRepeated("a"), isRepeated("a"), isRepeated("b")]).toEqual([false, true, false]);
    expect(isRepeated("c")).toBe(false); // "a" goes
    expect([isRepeated("b"), isRepeated("a")]).toEqual([true, false]);
  });
});
