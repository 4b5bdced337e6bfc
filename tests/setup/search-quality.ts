/**
 * The search-quality table: real queries a counsellor types, each with the entry that must come
 * up. Shared by the SQLite run (tests/integration/search.test.ts) and the PostgreSQL run
 * (tests/integration/search.pg.test.ts), so both engines answer to the same table.
 */
export type QualityCase = {
  query: string;
  /** A KZiS code, or "position:kk" / "position:pl" for the imported positions. */
  expected: string;
  /** The expected entry must be within the first `top` results (3 unless said). */
  top?: number;
};

/** Real queries a counsellor types, each with the entry that must come up. Add rows as you find misses. */
export const QUALITY: QualityCase[] = [
  // From the issue.
  { query: "administrator poczty", expected: "351402" },
  { query: "zarzadzanie kontami uzytkownikow", expected: "351402" },
  { query: "marketing szeptany", expected: "243108" },
  { query: "webmaster", expected: "351404" },
  { query: "3514", expected: "3514", top: 1 },
  { query: "351402", expected: "351402", top: 1 },
  { query: "administratorzy poczty", expected: "351402" },
  { query: "zarządzaniem kontami", expected: "351402" },
  { query: "piekarz", expected: "751204" },
  { query: "pielęgniarka", expected: "222101" },
  { query: "spawacz", expected: "721204" },
  { query: "kierowca autobusu", expected: "833101" },
  { query: "web developer", expected: "351404" },
  { query: "серверлерде", expected: "position:kk" },
  { query: "бағдарламалық", expected: "position:kk" },
  // Inflection, case and missing diacritics.
  { query: "pielegniarka", expected: "222101" },
  { query: "pielęgniarki", expected: "222", top: 1 },
  { query: "PIEKARZE", expected: "751204" },
  { query: "kierowcy autobusów", expected: "833101" },
  { query: "spawacza", expected: "721204" },
  { query: "księgowa", expected: "331301" },
  { query: "ksiegowy", expected: "331301", top: 1 },
  { query: "lekarz dentysta", expected: "226101", top: 1 },
  { query: "programista aplikacji", expected: "251401" },
  { query: "elektryk", expected: "741103", top: 1 },
  { query: "fryzjer", expected: "514101", top: 1 },
  { query: "kucharz", expected: "512001", top: 1 },
  { query: "hydraulik", expected: "712601", top: 1 },
  { query: "mechanik samochodowy", expected: "723103" },
  { query: "ratownik medyczny", expected: "325601", top: 1 },
  { query: "technik informatyk", expected: "351203", top: 1 },
  { query: "barista", expected: "513201", top: 1 },
  { query: "kosmetyczka", expected: "514202", top: 1 },
  { query: "grafik komputerowy", expected: "216602" },
  { query: "operator wózka widłowego", expected: "834401", top: 1 },
  { query: "lekarz rodzinny", expected: "221236", top: 1 },
  // Feminine and everyday titles (GUS/ESCO alternative titles).
  { query: "sprzedawczyni", expected: "522301" },
  { query: "kelnerka", expected: "513101", top: 1 },
  // Words from tasks, duties and the Kazakh document.
  { query: "kampanii marketingowej", expected: "243108" },
  { query: "konfigurowanie serwera poczty", expected: "351402" },
  { query: "archiwizacja baz danych", expected: "position:pl" },
  { query: "серверлердің", expected: "position:kk" },
  { query: "пайдаланушыларды тіркеу", expected: "position:kk" },
  // English (ESCO labels).
  { query: "bus driver", expected: "833101" },
  { query: "welder", expected: "721204" },
  { query: "hairdresser", expected: "514101" },
  { query: "baker", expected: "751204" },
  // Typed as a prefix (the last word is being typed).
  { query: "kierowca autob", expected: "833101" },
  { query: "administrator poczt", expected: "351402" },
];
