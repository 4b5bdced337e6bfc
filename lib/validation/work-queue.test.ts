import { describe, expect, it } from "vitest";
import { workQueueHref, workQueueQuerySchema } from "./work-queue";

describe("workQueueQuerySchema", () => {
  it("reads every filter from the query string", () => {
    const q = workQueueQuerySchema.parse({
      q: " pielęgniarka ",
      level: "occupation",
      prefix: "22",
      profile: "no",
      draft: "yes",
      missing: "1",
      repaired: "on",
      since: "2026-12-01",
      sort: "name",
      dir: "desc",
      page: "3",
    });
    expect(q).toEqual({
      q: "pielęgniarka",
      level: "occupation",
      prefix: "22",
      profile: "no",
      draft: "yes",
      missing: true,
      repaired: true,
      since: "2026-12-01",
      sort: "name",
      dir: "desc",
      page: 3,
    });
  });

  it("falls back to no filter for unreadable values instead of failing", () => {
    const q = workQueueQuerySchema.parse({
      level: "planet",
      prefix: "22a",
      profile: "maybe",
      since: "yesterday",
      sort: "DROP",
      dir: "up",
      page: "-1",
      missing: "0",
    });
    expect(q).toMatchObject({ level: "", prefix: "", profile: "", since: "", sort: "code", dir: "asc", page: 1, missing: false });
  });

  it("round-trips through its links, leaving defaults out", () => {
    const q = workQueueQuerySchema.parse({ q: "a&b", missing: "1", page: "2" });
    expect(workQueueHref(q)).toBe("/admin?q=a%26b&missing=1&page=2");
    expect(workQueueHref(q, { page: 1, missing: false, q: "" })).toBe("/admin");
    const back = workQueueQuerySchema.parse(Object.fromEntries(new URLSearchParams(workQueueHref(q).split("?")[1])));
    expect(back).toEqual(q);
  });
});
