import { describe, expect, it } from "vitest";
import { stemRussian } from "./stem-ru";

/** Real inflected forms (cases, numbers, genders) of occupation and skill words: each group must meet on one stem. */
const SAME_STEM: string[][] = [
  ["программист", "программиста", "программисту", "программистом", "программисте", "программисты", "программистов", "программистами"],
  ["бухгалтер", "бухгалтера", "бухгалтеру", "бухгалтеры", "бухгалтеров"],
  ["учитель", "учителя", "учителю", "учителем", "учителей", "учителями"],
  ["водитель", "водителя", "водители", "водителей"],
  ["медсестра", "медсестры", "медсестре", "медсестру", "медсестрой"],
  ["сварщик", "сварщика", "сварщики", "сварщиков"],
  ["администратор", "администратора", "администратором", "администраторы", "администраторов"],
  ["электронная", "электронной", "электронную", "электронные", "электронных"],
  ["информационные", "информационных", "информационная", "информационной"],
  ["технология", "технологии", "технологий", "технологиями"],
  ["безопасность", "безопасности"],
  ["системный", "системного", "системному", "системные"],
];

describe("stemRussian", () => {
  it.each(SAME_STEM.map((forms) => [forms[0]!, forms]))("gives one stem to the forms of %s", (_, forms) => {
    expect(new Set(forms.map(stemRussian)).size).toBe(1);
  });

  it("gives Snowball's stems (snowballstem.org/algorithms/russian)", () => {
    // Adjective + participle (переходящими), superlative (красивейшая), perfective gerund (бегавши), "нн" undoubled (данных).
    expect(stemRussian("переходящими")).toBe("переходя");
    expect(stemRussian("красивейшая")).toBe("красив");
    expect(stemRussian("бегавши")).toBe("бега");
    expect(stemRussian("данных")).toBe("дан");
    expect(stemRussian("безопасность")).toBe("безопасн");
    expect(stemRussian("программистов")).toBe("программист");
  });

  it("reads ё as е and leaves other scripts and short words alone", () => {
    expect(stemRussian("электромонтёра")).toBe(stemRussian("электромонтера"));
    expect(stemRussian("developer")).toBe("developer");
    expect(stemRussian("ит")).toBe("ит");
  });

  it("keeps different words apart", () => {
    expect(stemRussian("программист")).not.toBe(stemRussian("программа"));
    expect(stemRussian("водитель")).not.toBe(stemRussian("вода"));
  });
});
