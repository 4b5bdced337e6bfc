import { describe, expect, it } from "vitest";
import type { Entry } from "./entries";
import { childCodeLength, filterAndCount, kindBucket } from "./facets";

let nextId = 1;
function entry(partial: Partial<Entry> & Pick<Entry, "code">): Entry {
  return {
    id: nextId++,
    positionId: null,
    level: partial.code && partial.code.length === 6 ? "occupation" : "unit",
    kind: "occupation",
    language: "pl",
    hasProfile: false,
    isVocational: false,
    name: partial.code ?? "position",
    foldedName: partial.code ?? "position",
    ...partial,
  };
}

const ENTRIES: Entry[] = [
  entry({ code: "3514", level: "unit" }),
  entry({ code: "351402", hasProfile: true }),
  entry({ code: "351406", isVocational: true }),
  entry({ code: "2431", level: "unit" }),
  entry({ code: "243108", hasProfile: true }),
  entry({ code: "351402", positionId: 7, kind: "job-description", level: null }),
  entry({ code: null, positionId: 8, kind: "qualification-requirements", level: null, language: "kk" }),
];
const NAMES = new Map([
  ["3", "Technicy"],
  ["2", "Specjaliści"],
  ["35", "Technicy ICT"],
  ["351", "Technicy informatycy"],
  ["3514", "Technicy sieci internetowych"],
]);
const count = (buckets: { value: string; count: number }[]) => Object.fromEntries(buckets.map((b) => [b.value, b.count]));

describe("filterAndCount", () => {
  it("counts every facet over all candidates when nothing is selected", () => {
    const { matches, facets } = filterAndCount(ENTRIES, {}, NAMES);
    expect(matches).toHaveLength(7);
    expect(count(facets.prefix.buckets)).toEqual({ "2": 2, "3": 4 });
    expect(facets.prefix.buckets.find((b) => b.value === "3")?.label).toBe("Technicy");
    expect(count(facets.kind)).toEqual({ profile: 2, classification: 3, "job-description": 1, "qualification-requirements": 1 });
    expect(count(facets.level)).toEqual({ unit: 2, occupation: 3 });
    expect(count(facets.language)).toEqual({ pl: 6, kk: 1 });
    expect(facets.profile).toBe(2);
    expect(facets.vocational).toBe(1);
  });

  it("filters, and counts each facet without its own filter", () => {
    const { matches, facets } = filterAndCount(ENTRIES, { kind: "profile" }, NAMES);
    expect(matches.map((e) => e.code)).toEqual(["351402", "243108"]);
    // The kind facet still offers the other kinds, with their counts.
    expect(count(facets.kind)).toEqual({ profile: 2, classification: 3, "job-description": 1, "qualification-requirements": 1 });
    // Other facets count only profiles.
    expect(count(facets.level)).toEqual({ occupation: 2 });
    expect(count(facets.language)).toEqual({ pl: 2 });
  });

  it("drills the code facet down one level and gives the path", () => {
    const { matches, facets } = filterAndCount(ENTRIES, { prefix: "351" }, NAMES);
    expect(matches.map((e) => e.code)).toEqual(["3514", "351402", "351406", "351402"]);
    expect(count(facets.prefix.buckets)).toEqual({ "3514": 4 });
    expect(facets.prefix.path.map((p) => p.code)).toEqual(["3", "35", "351"]);
    const deeper = filterAndCount(ENTRIES, { prefix: "3514" }, NAMES).facets.prefix;
    expect(count(deeper.buckets)).toEqual({ "351402": 2, "351406": 1 });
  });

  it("combines filters (AND) and keeps a selected value with no matches visible", () => {
    const { matches, facets } = filterAndCount(ENTRIES, { prefix: "2", vocational: true }, NAMES);
    expect(matches).toHaveLength(0);
    expect(facets.vocational).toBe(0);
    const lang = filterAndCount(ENTRIES, { lang: "ru" }, NAMES).facets.language;
    expect(lang.find((b) => b.value === "ru")).toEqual({ value: "ru", count: 0 });
  });

  it("treats kind=occupation as every KZiS entry", () => {
    expect(filterAndCount(ENTRIES, { kind: "occupation" }, NAMES).matches).toHaveLength(5);
  });
});

describe("helpers", () => {
  it("skips the missing 5-digit level", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(childCodeLength)).toEqual([1, 2, 3, 4, 6, 6, null]);
  });

  it("buckets kinds", () => {
    expect(kindBucket(ENTRIES[1]!)).toBe("profile");
    expect(kindBucket(ENTRIES[2]!)).toBe("classification");
    expect(kindBucket(ENTRIES[6]!)).toBe("qualification-requirements");
  });
});
