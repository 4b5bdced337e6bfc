import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";
import { NAMESPACES } from "./request";

describe("message namespaces", () => {
  it.each(routing.locales)("every file of %s is listed in NAMESPACES, and every listed one exists", (locale) => {
    const files = fs
      .readdirSync(path.resolve("lib/i18n/messages", locale))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(files).toEqual([...NAMESPACES].sort());
  });
});
