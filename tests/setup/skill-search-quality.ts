/**
 * The skill-search quality table (issue 13): a phrase a counsellor types, and the occupations
 * (KZiS codes) that must be among its first five results — the ones where the phrase is central,
 * picked by their names and official descriptions, not by what the ranking happened to give.
 * Run on SQLite and PostgreSQL by tests/integration/skill-search.test.ts.
 */
export type SkillQualityRow = { phrase: string; expected: string[] };

export const SKILL_QUALITY: SkillQualityRow[] = [
  // ESCO skills "SQL Server", "MySQL", "PostgreSQL": the database designer and the system administrator.
  { phrase: "SQL", expected: ["252103", "252201"] },
  { phrase: "obsługa klienta", expected: ["332202"] },
  { phrase: "bazy danych", expected: ["252101", "252102", "252103"] },
  { phrase: "sieci komputerowe", expected: ["351301", "252301"] },
  { phrase: "sprzedaż", expected: ["122106", "243301"] },
  { phrase: "marketing", expected: ["122101", "243106"] },
  { phrase: "rachunkowość", expected: ["241103", "431103"] },
  { phrase: "księgowość", expected: ["431101", "331301"] },
  { phrase: "tłumaczenie", expected: ["264304", "264305"] },
  { phrase: "masaż", expected: ["325402", "229201"] },
  { phrase: "rekrutacja", expected: ["242309"] },
  { phrase: "ratownictwo medyczne", expected: ["224001", "325601"] },
  { phrase: "spawanie", expected: ["214410", "721204"] },
  { phrase: "prawo jazdy", expected: ["516502"] },
  { phrase: "projektowanie graficzne", expected: ["216604", "216601"] },
  { phrase: "wypiek pieczywa", expected: ["751204", "932910"] },
  { phrase: "obsługa kasy fiskalnej", expected: ["523002"] },
  { phrase: "pielęgnacja paznokci", expected: ["514203", "514204"] },
  { phrase: "gotowanie", expected: ["512001"] },
  { phrase: "fryzjerstwo", expected: ["514105"] },
  { phrase: "strzyżenie włosów", expected: ["514101", "514102"] },
  { phrase: "opieka nad dziećmi", expected: ["134104", "531108"] },
  { phrase: "tworzenie stron internetowych", expected: ["251301", "251303"] },
  { phrase: "wózek widłowy", expected: ["834401"] },
  { phrase: "ochrona mienia", expected: ["134903", "541315"] },
  { phrase: "malowanie ścian", expected: ["713101", "713102"] },
  { phrase: "windykacja należności", expected: ["143906", "331201"] },
  { phrase: "obsługa gości hotelowych", expected: ["422401", "515101"] },
  { phrase: "programowanie aplikacji", expected: ["251402", "251401"] },
  { phrase: "hodowla bydła", expected: ["612102"] },
  { phrase: "zarządzanie projektami", expected: ["121904"] },
  { phrase: "naprawa pojazdów samochodowych", expected: ["723103", "311513"] },
  // Inflected forms of the same phrases still find them.
  { phrase: "obsługi klientów", expected: ["332202"] },
  { phrase: "baz danych", expected: ["252101", "252103"] },
];
