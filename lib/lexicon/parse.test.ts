import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LexiconFormatError, mergeLexiconFiles, parseLexiconCsv } from "./parse";

const HEADER = "concept,lang,term,origin,codes\n";

describe("parseLexiconCsv", () => {
  it("reads rows, keeps Unicode and leading zeros, and numbers the terms of each (concept, lang) from 1", () => {
    const rows = parseLexiconCsv(
      HEADER +
        [
          "01,kk,Қарулы күштердің офицерлері,editorial,",
          "programmer,kk,бағдарламашы,editorial,251401 2514",
          'programmer,kk,"бағдарлама жасаушы",editorial,251401 2514',
          "email,en,e-mail,editorial,351402",
          "pilot,en,pilot,editorial,011001",
        ].join("\n"),
    );
    expect(rows).toEqual([
      { concept: "01", lang: "kk", term: "Қарулы күштердің офицерлері", origin: "editorial", codes: [], position: 1 },
      { concept: "programmer", lang: "kk", term: "бағдарламашы", origin: "editorial", codes: ["251401", "2514"], position: 1 },
      { concept: "programmer", lang: "kk", term: "бағдарлама жасаушы", origin: "editorial", codes: ["251401", "2514"], position: 2 },
      { concept: "email", lang: "en", term: "e-mail", origin: "editorial", codes: ["351402"], position: 1 },
      { concept: "pilot", lang: "en", term: "pilot", origin: "editorial", codes: ["011001"], position: 1 },
    ]);
  });

  it("refuses the whole file, naming every bad line", () => {
    const text =
      HEADER +
      [
        "Programmer,en,programmer,editorial,", // upper-case slug
        "nurse,de,Krankenschwester,editorial,", // unknown language
        "nurse,en,nurse,official,", // unknown origin
        "nurse,en,,editorial,", // empty term
        "nurse,en,nurse,editorial,22210", // a 5-digit code
        "25,en,ICT professionals,isco-08,25", // a group with codes
        "nurse,en,nurse,editorial,222101",
        "nurse,en,nurse,editorial,222101", // the same term twice
        "nurse,en,nurse,editorial", // too few fields
      ].join("\n");
    let error: unknown;
    try {
      parseLexiconCsv(text, "terms.csv");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexiconFormatError);
    const problems = (error as LexiconFormatError).problems;
    expect(problems.map((p) => p.match(/^line (\d+)/)?.[1])).toEqual(["2", "3", "4", "5", "6", "7", "9", "10"]);
    expect(problems.join("\n")).toMatch(/line 7: codes: a group's codes are empty/);
    expect((error as Error).message).toMatch(/^terms\.csv: /);
  });

  it("refuses another header", () => {
    expect(() => parseLexiconCsv("concept,language,term,origin,codes\n")).toThrow(/header must be concept,lang,term,origin,codes/);
  });

  it("reads the project's seed files", () => {
    const dir = path.resolve(import.meta.dirname, "../../seeds/lexicon");
    const groups = parseLexiconCsv(fs.readFileSync(path.join(dir, "groups.csv"), "utf8"), "groups.csv");
    // 10 major and 43 sub-major groups, each in the four languages.
    expect(new Set(groups.map((g) => g.concept)).size).toBe(53);
    expect(groups.filter((g) => g.position === 1)).toHaveLength(53 * 4);
    // Official where a classifier gives the name; the Kazakh names and the three armed-forces sub-majors missing from ОК 010-2014 are editorial.
    expect(groups.filter((g) => g.lang === "ru" && g.origin === "editorial").map((g) => g.concept)).toEqual(["01", "02", "03"]);
    expect(groups.filter((g) => g.lang === "kk").every((g) => g.origin === "editorial")).toBe(true);
    const terms = parseLexiconCsv(fs.readFileSync(path.join(dir, "terms.csv"), "utf8"), "terms.csv");
    expect(() =>
      mergeLexiconFiles([
        { file: "groups.csv", entries: groups },
        { file: "terms.csv", entries: terms },
      ]),
    ).not.toThrow();
  });
});

describe("mergeLexiconFiles", () => {
  it("refuses a (concept, lang) split over two files", () => {
    const a = parseLexiconCsv(HEADER + "nurse,en,nurse,editorial,222101\n");
    const b = parseLexiconCsv(HEADER + "nurse,en,registered nurse,editorial,222101\n");
    expect(() =>
      mergeLexiconFiles([
        { file: "a.csv", entries: a },
        { file: "b.csv", entries: b },
      ]),
    ).toThrow(/nurse en is in a\.csv and b\.csv/);
  });
});
