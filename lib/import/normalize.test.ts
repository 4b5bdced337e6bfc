import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  cleanInline,
  repairLatinI,
  collapseWhitespace,
  decodeText,
  normalizeUnicode,
  restoreFlattenedTimes,
  stripGlossaryRefs,
  stripListPunctuation,
  tidyPunctuation,
} from "./normalize";
import { readSeed, SEED_FILES, type SeedName } from "@/tests/support/seeds";

const POLISH = "Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ";
const KAZAKH = "Ақпараттық технологиялар саласында кемінде 2 жыл; әғқңөұүһі";

describe("decodeText", () => {
  it("reads plain UTF-8", () => {
    expect(decodeText(new TextEncoder().encode(POLISH))).toBe(POLISH);
  });

  it("drops a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(KAZAKH)]);
    expect(decodeText(bytes)).toBe(KAZAKH);
  });

  it("reads UTF-16 LE and BE with their byte-order marks", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(KAZAKH, "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(POLISH, "utf-16be")]);
    expect(decodeText(le)).toBe(KAZAKH);
    expect(decodeText(be)).toBe(POLISH);
  });

  it("reads UTF-16 LE without a byte-order mark", () => {
    expect(decodeText(new Uint8Array(iconv.encode(POLISH, "utf-16le")))).toBe(POLISH.normalize("NFC"));
  });

  it("reads Windows-1250 when the bytes are not valid UTF-8", () => {
    const text = readSeed("mailAdministrator");
    const bytes = new Uint8Array(iconv.encode(text, "windows-1250"));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    // The seed has characters outside Windows-1250 (“−”), which iconv writes as "?".
    expect(decodeText(bytes)).toBe(iconv.decode(iconv.encode(text, "windows-1250"), "windows-1250"));
    expect(decodeText(bytes)).toContain("Zarządzanie bezpieczeństwem systemu poczty elektronicznej");
  });

  it("tells ISO-8859-2 from Windows-1250 by the Polish letters each gives", () => {
    const bytes = new Uint8Array(iconv.encode("Świętość źródła się ściśle ząbkuje", "iso-8859-2"));
    expect(decodeText(bytes)).toBe("Świętość źródła się ściśle ząbkuje");
  });

  it("returns NFC even when the bytes hold decomposed letters", () => {
    const decomposed = "Z\u0307ółc\u0301".normalize("NFD");
    expect(decodeText(new TextEncoder().encode(decomposed))).toBe("Żółć");
  });
});

describe("normalizeUnicode", () => {
  it("unifies line ends, spaces and page breaks and keeps leading spaces", () => {
    expect(normalizeUnicode("a\r\n b\u00a0c\t \fd\u00ad\u200be  ")).toBe("a\n b c\n\nde");
  });
});

describe("collapseWhitespace and tidyPunctuation", () => {
  it("collapses runs of spaces and new lines", () => {
    expect(collapseWhitespace("  Urzędzie Miejskim         w Krobi \n x ")).toBe("Urzędzie Miejskim w Krobi x");
  });

  it("removes the space a PDF layout leaves before punctuation", () => {
    expect(tidyPunctuation("systemu szerokopasmowego , serwisu oraz w projekcie , a czas pracy .")).toBe(
      "systemu szerokopasmowego, serwisu oraz w projekcie, a czas pracy.",
    );
    expect(cleanInline("Maszyny , narzędzia,  \n materiały")).toBe("Maszyny, narzędzia, materiały");
  });
});

describe("stripGlossaryRefs", () => {
  it.each([
    [
      "Simple Mail Transfer Protocol (SMTP) 9, Post Office Protocol (POP3) 5, Internet Message Access Protocol (IMAP) 1;",
      "Simple Mail Transfer Protocol (SMTP), Post Office Protocol (POP3), Internet Message Access Protocol (IMAP);",
    ],
    [
      "Tworzyć konto użytkownika poczty elektronicznej 2 zgodnie z przyjętymi standardami;",
      "Tworzyć konto użytkownika poczty elektronicznej zgodnie z przyjętymi standardami;",
    ],
    ["Ograniczać liczbę wiadomości zawierających spam, Phishing 3;", "Ograniczać liczbę wiadomości zawierających spam, Phishing;"],
    ["przed np. złośliwym oprogramowaniem 11.", "przed np. złośliwym oprogramowaniem."],
    ["Aktualną strategię marketingową 24 zleceniodawcy oraz rolę", "Aktualną strategię marketingową zleceniodawcy oraz rolę"],
    ["z zakresu psychologii społecznej 16;", "z zakresu psychologii społecznej;"],
    [
      "marketingu on-line, modeli atrybucji 12, działań SEO 19 i SEM 18, specyfiki urządzeń mobilnych",
      "marketingu on-line, modeli atrybucji, działań SEO i SEM, specyfiki urządzeń mobilnych",
    ],
    ["Cykl życia informacji 3 w mediach interaktywnych", "Cykl życia informacji w mediach interaktywnych"],
    // a term before a capitalised word, in a task title and in a summary
    ["Optymalizowanie zapytań i planów zapytań 16 SQL", "Optymalizowanie zapytań i planów zapytań SQL"],
    ["Administrator systemów poczty elektronicznej 4 odpowiada za", "Administrator systemów poczty elektronicznej odpowiada za"],
    ["protokołu (SMTP) 9 Protokół pocztowy", "protokołu (SMTP) Protokół pocztowy"],
    // several in one sentence, and at the end of a sentence
    ["Zna pojęcia: spam 2, phishing 3 i malware 4.", "Zna pojęcia: spam, phishing i malware."],
  ])("removes the glossary numbers in %j", (input, expected) => {
    expect(stripGlossaryRefs(input)).toBe(expected);
  });

  it.each([
    "wymagane doświadczenie 2 lata",
    "2 lata pracy w zawodzie",
    "co najmniej 2 lata",
    "Ақпараттық технологиялар саласында кемінде 2 жыл",
    "rozporządzenia Rady Ministrów z 18 marca 2009 r. w sprawie",
    "z dnia 1 czerwca 2009 r.",
    "w poniedziałek od godz. 800 do 1600; od wtorku do piątku od godz. 700 do 1500",
    "oraz Zarządzenia nr 19/W/2009 Burmistrza Krobi",
    "Post Office Protocol (POP3)",
    "Kod: 351402",
    "Działanie 2.4 Modernizacja publicznych",
    "Lista 1000 zawodów opisywanych w projekcie",
    "w formie profilu (rys. 1) ukazującego",
    "Rys. 1. Profil kompetencji kluczowych",
    "5 4 3 2 1 0 Umiejętność obsługi komputera",
    "1) серверлерде операциялық жүйені конфигурациялау",
    "Z1 Instalowanie i konfigurowanie oprogramowania",
    "Kompetencja zawodowa Kz1: Administrowanie",
    // numbers that are content: versions, standards, dates, counts
    "Język Python 3",
    "Znajomość języka Python 3 i Java 17",
    "Windows 10 i Linux",
    "systemy Windows 10, Linux",
    "norma ISO 9001",
    "certyfikat ISO 27001 oraz ITIL 4",
    "rozporządzenia Rady Ministrów z 18 marca 2009 r.",
    "w latach 2015–2020 zatrudniał 12 osób",
    "pakiet Office 365 Business",
    "zespół 5 osób",
  ])("keeps the real number in %j", (input) => {
    expect(stripGlossaryRefs(input)).toBe(input);
  });

  it("removes exactly the glossary numbers of the four seeds, line by line", () => {
    const removed: string[] = [];
    for (const name of Object.keys(SEED_FILES) as SeedName[]) {
      for (const line of readSeed(name).split("\n")) {
        const stripped = stripGlossaryRefs(collapseWhitespace(line));
        if (stripped !== collapseWhitespace(line)) {
          const before = collapseWhitespace(line).match(/(?<!\S)\S+ \d{1,2}(?=[\s,;.]|$)/gu) ?? [];
          const after = new Set(stripped.match(/(?<!\S)\S+ \d{1,2}(?=[\s,;.]|$)/gu) ?? []);
          removed.push(...before.filter((b) => !after.has(b)));
        }
      }
    }
    expect(removed).toEqual([
      "(SMTP) 9",
      "(POP3) 5",
      "(IMAP) 1",
      "elektronicznej 2",
      "Phishing 3",
      "oprogramowaniem 11",
      "marketingową 24",
      "społecznej 16",
      "atrybucji 12",
      "SEO 19",
      "SEM 18",
      "informacji 3",
    ]);
  });
});

describe("stripListPunctuation", () => {
  it("removes the separator and the closing full stop of a list item", () => {
    expect(stripListPunctuation("Typy programów klienta poczty elektronicznej;")).toBe("Typy programów klienta poczty elektronicznej");
    expect(stripListPunctuation("Działanie systemów serwerowych typu UNIX, Linux, Microsoft.")).toBe(
      "Działanie systemów serwerowych typu UNIX, Linux, Microsoft",
    );
    expect(stripListPunctuation("Aktualizacja i innowacja oprogramowania oraz stacji roboczych,")).toBe(
      "Aktualizacja i innowacja oprogramowania oraz stacji roboczych",
    );
    expect(stripListPunctuation("udział w projekcie ,")).toBe("udział w projekcie");
  });

  it("keeps a full stop that belongs to an abbreviation", () => {
    expect(stripListPunctuation("autoresponder (automatyczną odpowiedź) itp.")).toBe("autoresponder (automatyczną odpowiedź) itp.");
    expect(stripListPunctuation("z dnia 1 czerwca 2009 r.")).toBe("z dnia 1 czerwca 2009 r.");
    expect(stripListPunctuation("narzędzia m.in.")).toBe("narzędzia m.in.");
  });

  it("keeps inner punctuation and sentences", () => {
    expect(stripListPunctuation("қамтамасыз етуге міндетті. Жүйе пайдаланушыларын ұйымдастыру;")).toBe(
      "қамтамасыз етуге міндетті. Жүйе пайдаланушыларын ұйымдастыру",
    );
  });
});

describe("restoreFlattenedTimes", () => {
  it.each([
    ["w poniedziałek od godz. 800 do 1600;", "w poniedziałek od godz. 8:00 do 16:00;"],
    ["od godz. 700 do 1500 lub zadaniowy", "od godz. 7:00 do 15:00 lub zadaniowy"],
    ["od godz. 730 – 1530", "od godz. 7:30 – 15:30"],
    ["godzina 1200", "godzina 12:00"],
  ])("reads the flattened times in %j", (input, expected) => {
    expect(restoreFlattenedTimes(input)).toBe(expected);
  });

  it.each(["od godz. 8 do 16", "od godz. 8:00 do 16:00", "nr 800 do 1600", "wynagrodzenie 1600 zł", "godz. 2500", "godz. 890", "z 18 marca 2009 r."])(
    "leaves %j as it is (no time context or not a time)",
    (input) => {
      expect(restoreFlattenedTimes(input)).toBe(input);
    },
  );
});

describe("repairLatinI", () => {
  it("reads a Latin i beside Cyrillic letters as the Kazakh і, and leaves Latin words alone", () => {
    expect(repairLatinI("Бiлiктiлiк талаптары, IЖК, Wi-Fi, iPhone, Linux")).toBe("Біліктілік талаптары, ІЖК, Wi-Fi, iPhone, Linux");
    expect(repairLatinI("ақпараттық жүйелерді")).toBe("ақпараттық жүйелерді");
  });
});
