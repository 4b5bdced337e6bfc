import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps a same-site path", () => expect(safeNextPath("/admin/entries?x=1")).toBe("/admin/entries?x=1"));
  it.each(["//evil.test", "https://evil.test", "/\\evil.test", "javascript:alert(1)", "", null])("refuses %s", (v) => expect(safeNextPath(v)).toBe("/admin"));
});
