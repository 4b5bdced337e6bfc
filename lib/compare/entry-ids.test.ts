import { describe, expect, it } from "vitest";
import { compareEntryIdSchema } from "@/lib/validation/compare";
import { isEntryId, splitEntryIds } from "./entry-ids";

describe("compare entry ids without zod", () => {
  it.each(["1", "35", "351", "3514", "351402", "p1", "p12", "p1234567890"])("accepts %s", (id) => {
    expect(isEntryId(id)).toBe(true);
  });

  it.each(["", "12345", "1234567", "p0", "p01", "P12", "p12345678901", " 35", "35 ", 35, null, undefined, ["35"]])("refuses %j", (id) => {
    expect(isEntryId(id)).toBe(false);
  });

  it("agrees with the API's zod schema", () => {
    for (const id of ["35", "12345", "p0", "p12", "351402", "x"]) expect(isEntryId(id)).toBe(compareEntryIdSchema.safeParse(id).success);
  });

  it("splits, trims, lower-cases and de-duplicates", () => {
    expect(splitEntryIds("351402, P12,351402,,")).toEqual(["351402", "p12"]);
    expect(splitEntryIds(["35", "36,35"])).toEqual(["35", "36"]);
    expect(splitEntryIds(undefined)).toEqual([]);
  });
});
