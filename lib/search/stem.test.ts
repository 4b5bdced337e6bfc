import { describe, expect, it } from "vitest";
import { stemText, stemWord } from "./stem";
import { stemKazakh } from "./stem-kk";
import { stemPolish } from "./stem-pl";
import { foldedWords } from "./tokens";

/** Every form in a group must land on the same stem: that is all search asks of a stemmer. */
const SAME_STEM: string[][] = [
  ["administrator", "administratorzy", "administratora", "administratorem", "administratorów", "administratorze", "administratorami"],
  ["poczta", "poczty", "pocztę", "pocztą"],
  ["zarządzanie", "zarządzania", "zarządzaniem", "zarządzaniu", "zarządzać"],
  ["konto", "konta", "kont", "kontami", "kontach"],
  ["użytkownik", "użytkownika", "użytkownicy", "użytkowników", "użytkownikami"],
  ["marketing", "marketingu", "marketingiem"],
  ["szeptany", "szeptanego", "szeptanej", "szeptana", "szeptanych"],
  ["pielęgniarka", "pielęgniarki", "pielęgniarkę", "pielęgniarek", "pielęgniarkami"],
  ["piekarz", "piekarza", "piekarze", "piekarzy"],
  ["spawacz", "spawacza", "spawacze", "spawaczy"],
  ["kierowca", "kierowcy", "kierowców", "kierowcą"],
  ["autobus", "autobusu", "autobusy", "autobusów", "autobusem"],
  ["projektant", "projektanta", "projektanci", "projektantów"],
  ["system", "systemu", "systemy", "systemów", "systemie", "systemem"],
  ["problem", "problemu", "problemy", "problemem"],
  ["agronom", "agronoma", "agronomowie"],
  ["elektroniczny", "elektroniczna", "elektronicznej", "elektronicznych", "elektronicznego"],
  ["konfigurowanie", "konfigurowania", "konfigurować", "konfiguracja", "konfiguracji"],
  ["podatek", "podatku", "podatki"],
  ["informatyk", "informatycy", "informatyka"],
];

describe("stemPolish", () => {
  it.each(SAME_STEM.map((forms) => [forms[0]!, forms]))("gives one stem to the forms of %s", (_, forms) => {
    const stems = new Set(forms.map((f) => stemWord(foldedWords(f)[0]!)));
    expect([...stems]).toHaveLength(1);
  });

  it("keeps different words apart", () => {
    expect(stemPolish("kierowca")).not.toBe(stemPolish("kierownik"));
    expect(stemPolish("poczta")).not.toBe(stemPolish("pocztowiec"));
    expect(stemPolish("spawacz")).not.toBe(stemPolish("spawanie"));
  });

  it("leaves short words, digits and non-Latin words alone", () => {
    for (const word of ["it", "ict", "kot", "3514", "smtp2", "сервер"]) expect(stemPolish(word)).toBe(word);
  });

  it("never returns a stem shorter than three letters", () => {
    for (const word of ["ania", "oko", "ucho", "aaaa", "owanie", "aniami"]) expect(stemPolish(word).length).toBeGreaterThanOrEqual(3);
  });
});

describe("stemKazakh", () => {
  it("strips case, possessive and plural endings", () => {
    expect(stemKazakh("серверлерде")).toBe("сервер");
    expect(stemKazakh("серверлердің")).toBe("сервер");
    expect(stemKazakh("серверлерге")).toBe("сервер");
    expect(stemKazakh("серверге")).toBe("сервер");
    expect(stemKazakh("сервер")).toBe("сервер");
    expect(stemKazakh("жүйесі")).toBe("жүйе");
  });

  it("leaves short words whole", () => {
    expect(stemKazakh("жүйе")).toBe("жүйе");
  });

  it("keeps the agent suffix -шы/-ші of occupation words, so a word and its forms meet", () => {
    for (const forms of [
      ["бағдарламашы", "бағдарламашылар", "бағдарламашыны", "бағдарламашының", "бағдарламашыға"],
      ["жүргізуші", "жүргізушілер", "жүргізушісі", "жүргізушілері", "жүргізушіге"],
      ["мұғалім", "мұғалімдер", "мұғалімге", "мұғалімнің"],
      ["дәрігер", "дәрігерлер", "дәрігерге", "дәрігерлердің"],
    ])
      expect(new Set(forms.map(stemKazakh)), forms[0]).toEqual(new Set([forms[0]]));
  });
});

describe("stemText", () => {
  it("folds, splits and stems word by word", () => {
    expect(stemText("Administratorzy systemów POCZTY")).toBe("administrator system poczt");
    expect(stemText("Zarządzanie kontami użytkowników")).toBe(stemText("zarzadzaniem konta uzytkownicy"));
  });

  it("is empty for text without words", () => {
    expect(stemText(" – … ")).toBe("");
  });
});
