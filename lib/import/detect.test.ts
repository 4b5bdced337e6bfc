import { describe, expect, it } from "vitest";
import { detectKind, detectLanguage } from "./detect";
import { PROFILE_DESCRIPTION_PAGE, RUSSIAN_REQUIREMENTS } from "@/tests/support/fixtures";
import { readSeed } from "@/tests/support/seeds";

describe("detectKind", () => {
  it.each([
    ["mailAdministrator", "occupation-profile"],
    ["mediaSpecialist", "occupation-profile"],
    ["krobiaJobDescription", "job-description"],
    ["kazakhRequirements", "qualification-requirements"],
  ] as const)("reads the seed %s as %s", (seed, kind) => {
    expect(detectKind(readSeed(seed))).toBe(kind);
  });

  it("knows a section 2 page and Russian requirements", () => {
    expect(detectKind(PROFILE_DESCRIPTION_PAGE)).toBe("occupation-profile");
    expect(detectKind(RUSSIAN_REQUIREMENTS)).toBe("qualification-requirements");
  });

  it.each([
    "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ главного специалиста",
    "Должностной регламент ведущего программиста",
    "Функциональные обязанности: 1) сопровождение",
    "Лауазымдық нұсқаулық",
    "БІЛІКТІЛІК ТАЛАПТАР",
    "16. Лауазымдық міндеттері: 1) есеп жүргізу",
  ])("reads %j as qualification requirements (a post document)", (text) => {
    expect(detectKind(text)).toBe("qualification-requirements");
  });

  it("needs a strong marker, not a weak one alone", () => {
    expect(detectKind("Przełożeni: dyrektor. Zakres uprawnień: brak.")).toBeNull();
    expect(detectKind("Lorem ipsum dolor sit amet")).toBeNull();
    expect(detectKind("")).toBeNull();
  });
});

describe("detectLanguage", () => {
  it.each([
    ["mailAdministrator", "pl"],
    ["krobiaJobDescription", "pl"],
    ["kazakhRequirements", "kk"],
  ] as const)("reads the seed %s as %s", (seed, language) => {
    expect(detectLanguage(readSeed(seed))).toBe(language);
  });

  it("tells Russian from Kazakh by the Kazakh letters", () => {
    expect(detectLanguage(RUSSIAN_REQUIREMENTS)).toBe("ru");
    expect(detectLanguage(`${RUSSIAN_REQUIREMENTS} Ақпараттық`)).toBe("ru");
  });

  it("reads Latin text without Polish letters as English", () => {
    expect(detectLanguage("Job description: network administrator, duties and requirements.")).toBe("en");
    expect(detectLanguage("The café in Kraków")).toBe("en");
  });
});
