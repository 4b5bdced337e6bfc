import { describe, expect, it } from "vitest";
import { foldLetters, normalizeItem, repairMixedScript } from "./normalize";

describe("normalizeItem: Polish", () => {
  it("ignores case, diacritics (ł too), punctuation and trailing list punctuation", () => {
    expect(normalizeItem("Zasady komunikacji z użytkownikami poczty elektronicznej;")).toBe(
      normalizeItem("zasady komunikacji z uzytkownikami poczty elektronicznej"),
    );
    expect(normalizeItem("Służba, łączność.")).toBe("sluzba lacznosc");
    expect(normalizeItem("ZAŻÓŁĆ GĘŚLĄ JAŹŃ")).toBe("zazolc gesla jazn");
  });

  it("drops list markers but keeps a leading word", () => {
    expect(normalizeItem("• Rozwiązania antywirusowe")).toBe("rozwiazania antywirusowe");
    expect(normalizeItem(" – Rozwiązania antywirusowe")).toBe("rozwiazania antywirusowe");
    expect(normalizeItem("a) Rozwiązania antywirusowe")).toBe("rozwiazania antywirusowe");
    expect(normalizeItem("12. Rozwiązania antywirusowe")).toBe("rozwiazania antywirusowe");
    expect(normalizeItem("A także rozwiązania")).toBe("a takze rozwiazania");
  });

  it("removes glossary reference numbers after a term", () => {
    expect(normalizeItem("Aktualną strategię marketingową 24 zleceniodawcy")).toBe("aktualna strategie marketingowa zleceniodawcy");
    expect(normalizeItem("protokół (SMTP) 9, POP3")).toBe("protokol smtp pop3");
    expect(normalizeItem("Phishing 3;")).toBe("phishing");
    expect(normalizeItem("atrybucji 12, działań SEO 19 i SEM 18")).toBe("atrybucji dzialan seo sem");
  });

  it("keeps numbers that carry meaning", () => {
    expect(normalizeItem("co najmniej 2 lata doświadczenia")).toBe("co najmniej 2 lata doswiadczenia");
    expect(normalizeItem("doświadczenie 3 lata")).toBe("doswiadczenie 3 lata");
    expect(normalizeItem("z 18 marca 2009 r.")).toBe("z 18 marca 2009 r");
    expect(normalizeItem("Zarządzenie nr 19/W/2009")).toBe("zarzadzenie nr 19 w 2009");
    expect(normalizeItem("kategorii 2")).toBe("kategorii 2");
    expect(normalizeItem("Windows 10 i 11")).not.toBe(normalizeItem("Windows"));
  });

  it("treats i and oraz alike and drops noise abbreviations", () => {
    expect(normalizeItem("Instalowanie i konfigurowanie")).toBe(normalizeItem("Instalowanie oraz konfigurowanie"));
    expect(normalizeItem("przekazywania wiadomości, autoresponder itp.")).toBe("przekazywania wiadomosci autoresponder");
    expect(normalizeItem("narzędzia, np. skanery")).toBe("narzedzia skanery");
    expect(normalizeItem("programów, tj. serwerów")).toBe("programow serwerow");
    expect(normalizeItem("w tym m.in. SMTP")).toBe("w tym smtp");
  });

  it("does not stem: different forms stay different items", () => {
    expect(normalizeItem("Typy programów")).not.toBe(normalizeItem("Typ programu"));
  });

  it("gives an empty key to text without words", () => {
    expect(normalizeItem("")).toBe("");
    expect(normalizeItem(" ;,. – ")).toBe("");
  });
});

describe("normalizeItem: Kazakh", () => {
  it("folds Kazakh letters, so text typed on a Russian keyboard meets the original", () => {
    expect(normalizeItem("Ақпараттық қауіпсіздік")).toBe(normalizeItem("Акпараттык кауипсиздик"));
    expect(normalizeItem("Жергілікті желі")).toBe("жергиликти жели");
    expect(normalizeItem("өңдеу, ұйым, үй, һ, ә, ғ")).toBe("ондеу уиым уи х а г");
  });

  it("repairs Latin look-alikes inside a Cyrillic word", () => {
    // "сервер" written with a Latin c and a Latin e.
    expect(normalizeItem("ce\u0440вер")).toBe(normalizeItem("сервер"));
    // Kazakh і written as Latin i.
    expect(normalizeItem("желiлiк")).toBe(normalizeItem("желілік"));
  });

  it("keeps meaningful numbers and drops noise abbreviations", () => {
    expect(normalizeItem("Ақпараттық технологиялар саласында кемінде 2 жыл")).toContain("кеминде 2 жыл");
    expect(normalizeItem("серверлер, т.б.")).toBe("серверлер");
    expect(normalizeItem("серверлер және желілер")).toBe(normalizeItem("серверлер мен желілер"));
  });

  it("keeps Kazakh and Polish text apart", () => {
    expect(normalizeItem("сервер")).not.toBe(normalizeItem("serwer"));
  });
});

describe("repairMixedScript", () => {
  it("leaves a single-script word alone", () => {
    expect(repairMixedScript("serwer")).toBe("serwer");
    expect(repairMixedScript("сервер")).toBe("сервер");
  });

  it("turns Cyrillic look-alikes in a Latin word into Latin", () => {
    expect(repairMixedScript("k\u043entо")).toBe("konto");
  });
});

describe("foldLetters", () => {
  it("folds compatibility forms (ligatures, full-width) too", () => {
    expect(foldLetters("ﬁlm ＳＭＴＰ")).toBe("film smtp");
  });
});
