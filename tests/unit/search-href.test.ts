import { describe, expect, it } from "vitest";
import { searchQueryFor, type SearchState } from "@/components/search/search-href";

const STATE: SearchState = {
  q: "technik",
  prefix: "35",
  level: "occupation",
  kind: undefined,
  lang: undefined,
  vocational: true,
  profile: undefined,
  page: 3,
  pageSize: 20,
};

describe("searchQueryFor", () => {
  it("keeps the whole state in the query string, defaults left out", () => {
    expect(searchQueryFor(STATE, { page: 3 })).toEqual({ q: "technik", prefix: "35", level: "occupation", vocational: "1", page: "3" });
  });

  it("goes back to page 1 when a filter changes", () => {
    expect(searchQueryFor(STATE, { level: "unit" })).toEqual({ q: "technik", prefix: "35", level: "unit", vocational: "1" });
  });

  it("removes a filter set to undefined and keeps a non-default page size", () => {
    expect(searchQueryFor({ ...STATE, pageSize: 50 }, { prefix: undefined, vocational: undefined })).toEqual({
      q: "technik",
      level: "occupation",
      pageSize: "50",
    });
  });
});
