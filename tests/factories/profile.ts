/**
 * Test data for profiles and positions: the real seed documents (seeds/documents) imported through
 * the real importer (importPaths, as `npm run import` does), so the rows are exactly what an import
 * writes. The constants below are what those documents hold, for tests to assert on. Each factory
 * imports into the database DATABASE_URL names (SQLite or PostgreSQL, the one lib/db opened); the
 * PrismaClient passed in sets what a document does not say (key-competence levels, an import time,
 * an assigned occupation).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const SEED_DOCUMENTS = path.resolve(import.meta.dirname, "../../seeds/documents");

/** A fixed import time, so tests can assert on what the page prints. */
export const FACTORY_IMPORTED_AT = new Date("2026-11-20T09:30:00.000Z");

type FactoryTask = { code: string; title: string; knowledge: string[]; skills: string[] };

/** 351402 Administrator systemów poczty elektronicznej (seeds/documents/000_138547b32dfb30b7.txt). */
export const PROFILE_351402 = {
  code: "351402",
  title: "Administrator systemów poczty elektronicznej",
  fileName: "000_138547b32dfb30b7.txt",
  tasks: [
    {
      code: "Z1",
      title: "Instalowanie i konfigurowanie oprogramowania serwera poczty elektronicznej",
      knowledge: [
        "Specyfikację serwera, na którym ma być/jest zainstalowane oprogramowanie systemu poczty elektronicznej",
        "Typy oprogramowania systemu poczty elektronicznej, tj. programów serwera poczty elektronicznej",
        "Typy protokołów komunikacyjnych wykorzystywanych w systemach poczty elektronicznej, w tym Simple Mail Transfer Protocol (SMTP), Post Office Protocol (POP3), Internet Message Access Protocol (IMAP)",
        "Działanie systemów serwerowych typu UNIX, Linux, Microsoft",
      ],
      skills: [
        "Dobierać typ oprogramowania systemu poczty elektronicznej do serwera, na którym ma być zainstalowane oprogramowanie systemu poczty elektronicznej w sposób gwarantujący efektywność i bezpieczeństwo użytkowania",
        "Skonfigurować parametry programu serwera poczty elektronicznej",
      ],
    },
    {
      code: "Z2",
      title: "Konfigurowanie i zarządzanie kontami użytkowników systemu poczty elektronicznej",
      knowledge: [
        "Specyfikę systemu poczty elektronicznej w zakresie zarządzania kontami poczty elektronicznej",
        "Możliwości systemu poczty elektronicznej w zakresie zarządzania pojemnością kont",
        "Potrzeby klientów w zakresie funkcjonalności systemu poczty elektronicznej",
      ],
      skills: [
        "Tworzyć konto użytkownika poczty elektronicznej zgodnie z przyjętymi standardami",
        "Przydzielać poszczególnym kontom poczty elektronicznej określoną pojemność z uwzględnieniem maksymalnej pojemności serwera poczty",
        "Reagować na potrzeby użytkowników poczty elektronicznej",
      ],
    },
    {
      code: "Z3",
      title: "Instalowanie i konfigurowanie programów klienta poczty elektronicznej",
      knowledge: [
        "Typy programów klienta poczty elektronicznej",
        "Sposoby instalowania i konfiguracji programów klienta poczty elektronicznej, w tym przekazywania wiadomości, autoresponder (automatyczną odpowiedź) itp.",
      ],
      skills: [
        "Instalować program klienta poczty elektronicznej",
        "Stosować protokoły systemów poczty elektronicznej w celu poprawnej konfiguracji konta poczty elektronicznej",
        "Wprowadzać ustawienia serwera oraz portów poczty wychodzącej i przychodzącej",
        "Stosować odmienną konfigurację konta pocztowego w zależności od używanego programu pocztowego oraz systemu operacyjnego",
      ],
    },
    {
      code: "Z4",
      title: "Zarządzanie bezpieczeństwem systemu poczty elektronicznej",
      knowledge: [
        "Rozwiązania w zakresie ograniczania liczby niechcianych wiadomości (antyspamowe)",
        "Rozwiązania antywirusowe",
        "Zasady sieciowej autoryzacji użytkowników",
        "Znaczenie ustawiania bezpiecznego hasła",
        "Znaczenie zasad poufności",
        "Metody działania w przypadku wycieku hasła do konta poczty elektronicznej",
      ],
      skills: [
        "Skonfigurować program klienta poczty elektronicznej w zakresie bezpieczeństwa systemu",
        "Ograniczać liczbę wiadomości zawierających spam, Phishing",
        "Stosować czarną oraz białą listą nadawców",
        "Ustawiać bezpieczne hasło do konta poczty elektronicznej",
        "Chronić wszelkie pozyskane i przetwarzane dane przed np. złośliwym oprogramowaniem",
      ],
    },
    {
      code: "Z5",
      title: "Obsługiwanie zgłoszeń użytkowników kont poczty elektronicznej",
      knowledge: [
        "Zasady obsługi zgłoszeń użytkowników kont poczty elektronicznej",
        "Zasady diagnozowania problemów związanych z odbieraniem lub wysyłaniem poczty elektronicznej",
        "Metody pozwalające na rozwiązanie problemów związanych z odbieraniem oraz wysyłaniem poczty elektronicznej",
        "Zasady komunikacji z użytkownikami poczty elektronicznej w zakresie obsługiwanych zgłoszeń",
      ],
      skills: [
        "Wykorzystywać dostępne narzędzia i kanały komunikacji w celu sprawnej obsługi zgłoszeń użytkowników kont poczty elektronicznej",
        "Diagnozować problemy związane z odbieraniem lub wysyłaniem poczty elektronicznej",
        "Rozwiązywać problemy związane z odbieraniem lub wysyłaniem poczty elektronicznej",
        "Przekazywać informacje użytkownikom poczty elektronicznej w zakresie obsługiwanych zgłoszeń",
      ],
    },
  ] satisfies FactoryTask[],
  competences: [{ code: "Kz1", title: "Administrowanie systemami poczty elektronicznej", taskCodes: ["Z1", "Z2", "Z3", "Z4", "Z5"] }],
  socialCompetences: [
    "Ponoszenia odpowiedzialności za skutki swoich działań związanych z administrowaniem systemów poczty elektronicznej",
    "Podejmowania działania i współdziałania w trakcie procesów administrowania systemami poczty elektronicznej",
    "Dbania o własny rozwój, dokształcanie się i doskonalenie warsztatu pracy w zakresie administrowania systemami poczty elektronicznej",
    "Utrzymywania trwałych relacji ze współpracownikami oraz klientami firmy",
    "Oceniania działań własnych oraz działań członków zespołów projektowych, w których pracuje",
    "Kierowania się zasadami zgodnymi z etyką zawodową właściwą dla środowiska informatyków wykonujących prace związane z administrowaniem systemami poczty elektronicznej",
  ],
};

export type ProfileFactoryOptions = {
  /** Nine levels (0–5 or null); the seed document gives none, so all are null by default. */
  keyLevels?: readonly (number | null)[];
  synthesis?: string | null;
  workDescription?: string | null;
  importedAt?: Date;
};

/**
 * Imports one seed document (or a copy of it with `title` replaced, which the importer files as a
 * document of its own) with the given code suggestions; the document's id.
 */
async function importSeedDocument(fileName: string, suggestions: readonly { code: string; score: number }[], copy?: { title: string; as: string }) {
  // Imported on first use: lib/env reads DATABASE_URL once, and a test points it at its own database before that.
  const [{ importPaths }, { openReadyDatabase }] = await Promise.all([import("@/lib/store/import"), import("@/scripts/db")]);
  const ready = await openReadyDatabase({ referenceAndIndex: false });
  const dir = copy ? fs.mkdtempSync(path.join(os.tmpdir(), "atlas-factory-")) : null;
  try {
    let file = path.join(SEED_DOCUMENTS, fileName);
    if (copy && dir) {
      const text = fs.readFileSync(file, "utf8");
      if (!text.includes(copy.title)) throw new Error(`factory: ${fileName} does not hold ${copy.title}`);
      file = path.join(dir, copy.as);
      fs.writeFileSync(file, text.replace(copy.title, `${copy.title} (${copy.as})`));
    }
    const { outcomes } = await importPaths(ready.db, [file], { suggester: { suggest: (_text, limit) => suggestions.slice(0, limit) } });
    const outcome = outcomes[0]!;
    if (outcome.status !== "imported" || outcome.documentId === null)
      throw new Error(`factory: ${fileName} ${outcome.status}: ${outcome.error?.message ?? ""}`);
    return outcome.documentId;
  } finally {
    await ready.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Imports the 351402 profile's seed document. Needs the reference data (Occupation 351402). */
export async function createProfile351402(db: PrismaClient, options: ProfileFactoryOptions = {}) {
  const documentId = await importSeedDocument(PROFILE_351402.fileName, []);
  await db.sourceDocument.update({ where: { id: documentId }, data: { importedAt: options.importedAt ?? FACTORY_IMPORTED_AT } });
  const profile = await db.profile.update({
    where: { occupationCode: PROFILE_351402.code },
    data: { synthesis: options.synthesis ?? null, workDescription: options.workDescription ?? null },
    select: { id: true, keyCompetences: { select: { id: true, position: true }, orderBy: { position: "asc" } } },
  });
  for (const [i, key] of profile.keyCompetences.entries()) {
    const level = options.keyLevels?.[i] ?? null;
    if (level !== null) await db.keyCompetence.update({ where: { id: key.id }, data: { level } });
  }
  return { profileId: profile.id, documentId };
}

const KROBIA_REGULAR_DUTIES = [
  "Konfiguracja i nadzór serwerów w Urzędzie Miejskim w Krobi",
  "Sprawowanie kontroli nad prawidłowym działaniem stacji roboczych w Urzędzie Miejskim w Krobi",
  "Aktualizacja i innowacja oprogramowania oraz stacji roboczych",
  "proponowanie nowych rozwiązań teleinformatycznych, które usprawnia działanie pracy Urzędu Miejskiego w Krobi",
  "Pomoc i stały monitoring w wykorzystywaniu możliwości technicznych Urzędu w tym między innymi: prowadzenie szkoleń grupowych i indywidualnych z obsługi programów komputerowych oraz systemów operacyjnych organizowanych w porozumieniu z Naczelnikiem Wydziału Organizacyjnego",
  "Zgłaszanie problemów związanych z praca serwerów, łączy internetowych i propozycje ich rozwiązania",
  "Zapewnienie odpowiedniego zabezpieczenia systemów operacyjnych i baz danych",
  "Zapewnienie prawidłowego działania i emisji Biuletynu Informacji Publicznej",
  "Publikowanie i aktualizacja informacji w Biuletynie Informacji Publicznej w oparciu o materiały przekazywane z poszczególnych stanowisk pracy",
  "Administracja i aktualizacja oficjalnej strony internetowej Gminy Krobia",
  "Zapewnienie skutecznej ochrony antywirusowej",
  "Archiwizacja baz danych",
  "Sporządzanie dokumentów bezpieczeństwa „w sieci” w oparciu o obowiązujące regulacje prawne w tym zakresie",
  "Wykonywanie innych czynności z zakresu informatyzacji administracji publicznej",
  "Prowadzenie i bieżąca aktualizacja inwentarza sprzętu komputerowego",
  "Monitorowanie prawidłowości realizacji projektu szerokopasmowego dostępu do internetu w zakresie sprawności działania systemu szerokopasmowego, serwisu oraz sprawowania opieki nad sprzętem użyczonym beneficjentom i jednostkom biorącym udział w projekcie",
  "Koordynowanie projektów informatycznych Urzędu Miejskiego w Krobi",
  "administracja systemami informatycznymi i bazami danych",
  "administracja serwerami bazodanowymi",
  "administracja i nadzór nad bezpieczeństwem zasobów informatycznych w jednostkach Gminy Krobia",
];

/**
 * The Krobia town-office IT job description (seeds/documents/001_69948f187486f512.txt), shaped as
 * the importer writes it: duties also stay visible under their "Zakres obowiązków" sections.
 */
export const KROBIA_JOB_DESCRIPTION = {
  fileName: "001_69948f187486f512.txt",
  title: "Stanowisko ds. obsługi klienta",
  employer: "Urząd Miejski w Krobi",
  summary: "Współudział w realizacji zadań prowadzonych przez Urząd.",
  /** Regular duties (4.1) then the irregular one (4.2), as the importer lists them. */
  duties: [...KROBIA_REGULAR_DUTIES, "Wykonywanie innych zadań poleconych przez przełożonych"],
  sections: [
    { heading: "Stanowisko", text: "ds. obsługi klienta", items: [] },
    { heading: "Lokalizacja w strukturze organizacyjnej", text: "", items: [] },
    { heading: "Krótka charakterystyka i cel pracy", text: "Współudział w realizacji zadań prowadzonych przez Urząd.", items: [] },
    { heading: "Zakres obowiązków – podstawowe", text: "", items: KROBIA_REGULAR_DUTIES },
    { heading: "Zakres obowiązków – nieregularne", text: "Wykonywanie innych zadań poleconych przez przełożonych.", items: [] },
    {
      heading: "Zakres uprawnień",
      text: "Do obsługi systemu informatycznego oraz urządzeń wchodzących w jego skład służących do przetwarzania danych osobowych",
      items: [],
    },
    {
      heading: "Znajomość przepisów prawa i wymagania konieczne",
      text: "",
      items: [
        "znajomość przepisów ustawy o informatyzacji działalności podmiotów realizujących zadania publiczne i innych odnoszących się do funkcjonowania systemów informatycznych w administracji publicznej",
        "znajomość zagadnień związanych z bezpieczeństwem zasobów informatycznych",
        "ustawa o samorządzie gminnym",
        "ustawa o finansach publicznych",
      ],
    },
    { heading: "Przełożeni", text: "Sekretarz, Naczelnik Wydziału Organizacyjnego", items: [] },
    { heading: "Współpraca z innymi podmiotami", text: "komórki organizacyjne Urzędu, instytucje", items: [] },
    { heading: "Maszyny, narzędzia, materiały", text: "komputer, sprzęt łączności, fax, skaner, ksero, drukarka", items: [] },
    {
      heading: "Warunki pracy",
      text: [
        "Praca umysłowa, w dużym stopniu samodzielna. Środowisko pracy – praca administracyjna. Stanowisko wyposażone w komputer z dostępem do Internetu. Obszar działania – Gmina Krobia.",
        "Czas pracy jednozmianowy ośmiogodzinny: w poniedziałek od godz. 800 do 1600; od wtorku do piątku od godz. 700 do 1500 lub zadaniowy czas pracy.",
      ].join("\n"),
      items: [],
    },
    {
      heading: "Kryteria oceny pracy",
      text: [
        "Wspólne dla wszystkich pracowników: sumienność, dynamika działania, gotowość współpracy, wiedza specjalistyczna, organizacja pracy, postawa etyczna;",
        "Kryteria do wyboru: pozytywne podejście do klienta, samodzielność, dzielenie się informacjami, umiejętności analityczne, wykorzystywanie programów komputerowych i urządzeń technicznych, nastawienie na własny rozwój-podnoszenie kwalifikacji, inicjatywa",
      ].join("\n"),
      items: [],
    },
    { heading: "Mierniki efektywności pracy", text: "ocena pracy pracownika", items: [] },
    {
      heading: "Wynagrodzenie i inne świadczenia",
      text: [
        "Wynagrodzenie ustalone na podstawie rozporządzenia Rady Ministrów z 18 marca 2009 r. w sprawie wynagradzania pracowników samorządowych oraz Zarządzenia nr 19/W/2009 Burmistrza Krobi z dnia 1 czerwca 2009 r. w sprawie regulaminu wynagradzania pracowników Urzędu Miejskiego w Krobi.",
        "Świadczenia wynikające z tytułu umowy o pracę.",
      ].join("\n"),
      items: [],
    },
  ],
  /** Similarity suggestions, best first; 351402 is only suggested, never assigned. */
  suggestions: [
    { code: "252201", score: 0.42 },
    { code: "351203", score: 0.37 },
    { code: "351402", score: 0.31 },
  ],
};

export type PositionFactoryOptions = {
  /** The assigned occupation; null = none assigned (suggestions only). */
  occupationCode?: string | null;
  /** What the code suggester answers for the document (the importer keeps those of score ≥ 0.05). */
  suggestions?: readonly { code: string; score: number }[];
  importedAt?: Date;
  /** A second copy of the same document: imported under this file name with its title marked, so it is a document of its own. */
  copyAs?: string;
};

/** Sets what the document does not say: the import time and the assigned occupation. */
async function finishPosition(db: PrismaClient, documentId: number, occupationCode: string | null, importedAt: Date | undefined) {
  await db.sourceDocument.update({ where: { id: documentId }, data: { importedAt: importedAt ?? FACTORY_IMPORTED_AT } });
  const position = await db.position.update({ where: { documentId }, data: { occupationCode }, select: { id: true } });
  return { positionId: position.id, documentId };
}

export async function createKrobiaJobDescription(db: PrismaClient, options: PositionFactoryOptions = {}) {
  const d = KROBIA_JOB_DESCRIPTION;
  const copy = options.copyAs ? { title: d.title, as: options.copyAs } : undefined;
  const documentId = await importSeedDocument(d.fileName, options.suggestions ?? d.suggestions, copy);
  return finishPosition(db, documentId, options.occupationCode ?? null, options.importedAt);
}

/** Qualification requirements for an IT manager, in Kazakh (seeds/documents/002_6a10aa2587fe6428.txt). */
export const KAZAKH_REQUIREMENTS = {
  fileName: "002_6a10aa2587fe6428.txt",
  title: "Әкімшілік қамтамасыз ету департаментінің ақпараттық технологиялар менеджеріне қойылатын біліктілік талаптары",
  requirements: [
    { label: "Білімі", value: "жоғары техникалық" },
    { label: "Жұмыс тәжірибесі", value: "Ақпараттық технологиялар саласында кемінде 2 жыл" },
  ],
  duties: [
    "серверлерде операциялық жүйені конфигурациялау, сондай-ақ серверлердің бағдарламалық жасақтамасының жұмыс күйін сақтау",
    "серверлерге, жұмыс станцияларына және белсенді желілік жабдыққа бағдарламалық қамтамасыз етуді орнатуды жүзеге асыруға және бақылауға",
    "жергілікті желі және телекоммуникациялық арналар бойынша ақпарат алмасуды қамтамасыз етуге міндетті. Жүйе пайдаланушыларының жергілікті (INTRANET) және ғаламдық (Интернет) желілерге қол жеткізуін ұйымдастыру",
    "жүйенің үздіксіз жұмыс істеуін қамтамасыз етуге және жұмыс процесінде туындайтын бұзушылықтарды жою жөнінде жедел шаралар қабылдауға міндетті. Сервистер жұмысының бұзылуын жою",
    "пайдаланушыларды тіркеу, идентификаторлар мен парольдерді тағайындау. Пайдаланушылар тізімін және олардың қол жеткізу құқықтарын тікелей басшымен келісу",
    "пайдаланушыларға шектеулер қою: жұмыс станциясын немесе серверді пайдалану; уақыт; ресурстарды пайдалану дәрежелері",
    "пайдаланушылар мен желілік бағдарламалық жасақтаманың қателіктерін анықтап, жүйенің жұмысын қалпына келтіріңіз",
    "жүйеде жұмыс қауіпсіздігін қамтамасыз етуге, оның ішінде: желілік қауіпсіздік (ақпаратқа рұқсатсыз қол жеткізуден, жүйелік файлдар мен деректерді қараудан немесе өзгертуден қорғау), сондай-ақ брандмауэр қауіпсіздігі үшін шаралар қабылдау; деректерді уақтылы көшіру және резервтеу; МҚҰ корпоративтік желісінде компьютерлік вирустардың бар-жоғын үнемі тексеріп отыру",
    "желілік жабдықтың ақаулары анықталған кезде техникалық қызмет көрсетуді жүзеге асыруға, сондай-ақ желілік жабдықтың істен шығуы және істен шығуы кезінде жүйенің жұмыс қабілеттілігін қалпына келтіруді жүзеге асыруға",
    "желілік жабдықты Бөгде ұйымдардың мамандарымен монтаждауды бақылауды жүзеге асыруға",
    "желіні теріс пайдалану жағдайлары және қабылданған шаралар туралы өзінің тікелей басшысына хабарлауға",
    "компьютерлік, ұйымдастырушылық, желілік және серверлік жабдықтарды жаңғырту және сатып алу жөнінде ұсыныстар дайындауға",
    "Ақпараттық жүйелерді баптауды жүзеге асыруға және олармен жұмыс істеу үшін МҚҰ бөлімшелерінің персоналына консультация беруге",
    "Ақпараттық қауіпсіздік саласындағы жаңалықтарды қадағалауға, олар туралы Пайдаланушылар мен басшылықты хабардар етуге",
    "ақпараттық қауіпсіздік жөніндегі ішкі регламенттеуші құжаттарды әзірлеуге қатысуға міндетті",
    "зиянды кодты табу және жою жөніндегі жұмыстарды жүзеге асыруға",
    "хакерлік шабуылдардан қорғау жөніндегі жұмыстарды жүзеге асыруға",
    "рұқсат етілмеген пайдаланушылардың артықшылықтар алуына жол бермеуге",
    "Департаменттің қызметіне қатысты есептік құжаттаманы жүргізу",
  ],
};

/** The Kazakh requirements; assigned to 252201 (Administrator systemów komputerowych) unless told otherwise. */
export async function createKazakhRequirements(db: PrismaClient, options: PositionFactoryOptions = {}) {
  const d = KAZAKH_REQUIREMENTS;
  const copy = options.copyAs ? { title: d.title, as: options.copyAs } : undefined;
  const documentId = await importSeedDocument(d.fileName, options.suggestions ?? [], copy);
  return finishPosition(db, documentId, options.occupationCode === undefined ? "252201" : options.occupationCode, options.importedAt);
}
