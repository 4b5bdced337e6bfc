/**
 * Test data for profiles and positions until the importer lands: real text from seeds/documents,
 * written as the importer stores it (glossary numbers and list punctuation stripped, PDF
 * hyphenation joined). Works on any PrismaClient, so a test points it at its own temp database.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { KEY_COMPETENCES } from "@/lib/validation/key-competences";

/** A fixed import time, so tests can assert on what the page prints. */
export const FACTORY_IMPORTED_AT = new Date("2026-11-20T09:30:00.000Z");

/** The nine key competences, in the order the pages print them (the product's one list). */
export const KEY_COMPETENCE_NAMES = KEY_COMPETENCES;

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

/** Inserts the 351402 profile with its source document. Needs the reference data (Occupation 351402). */
export async function createProfile351402(db: PrismaClient, options: ProfileFactoryOptions = {}) {
  const p = PROFILE_351402;
  const importedAt = options.importedAt ?? FACTORY_IMPORTED_AT;
  return db.$transaction(async (tx) => {
    const document = await tx.sourceDocument.create({
      data: {
        documentKey: `profile:${p.code}:tasks`,
        fileName: p.fileName,
        checksum: "factory-351402",
        kind: "occupation-profile",
        language: "pl",
        format: "txt",
        byteSize: 8504,
        warnings: [],
        parsed: { factory: true },
        importedAt,
      },
      select: { id: true },
    });
    const profile = await tx.profile.create({
      data: {
        occupationCode: p.code,
        title: p.title,
        synthesis: options.synthesis ?? null,
        workDescription: options.workDescription ?? null,
        sources: { create: { documentId: document.id, part: "tasks" } },
        tasks: {
          create: p.tasks.map((task, i) => ({
            position: i + 1,
            code: task.code,
            title: task.title,
            items: {
              create: [
                ...task.knowledge.map((text, j) => ({ kind: "knowledge", position: j + 1, text })),
                ...task.skills.map((text, j) => ({ kind: "skill", position: task.knowledge.length + j + 1, text })),
              ],
            },
          })),
        },
        socialCompetences: { create: p.socialCompetences.map((text, i) => ({ position: i + 1, text })) },
        keyCompetences: {
          create: KEY_COMPETENCE_NAMES.map((name, i) => ({ position: i + 1, name, level: options.keyLevels?.[i] ?? null })),
        },
      },
      select: { id: true, tasks: { select: { id: true, code: true } } },
    });
    const taskIds = new Map(profile.tasks.map((t) => [t.code, t.id]));
    for (const [i, competence] of p.competences.entries()) {
      await tx.profileCompetence.create({
        data: {
          profileId: profile.id,
          position: i + 1,
          code: competence.code,
          title: competence.title,
          tasks: {
            create: competence.taskCodes.map((code) => {
              const taskId = taskIds.get(code);
              if (taskId === undefined) throw new Error(`factory: no task ${code}`);
              return { taskId };
            }),
          },
        },
      });
    }
    return { profileId: profile.id, documentId: document.id };
  });
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
  suggestions?: readonly { code: string; score: number }[];
  importedAt?: Date;
  /** SourceDocument.documentKey is unique: a second copy of the same document needs its own key. */
  documentKey?: string;
};

export async function createKrobiaJobDescription(db: PrismaClient, options: PositionFactoryOptions = {}) {
  const d = KROBIA_JOB_DESCRIPTION;
  const position = await db.position.create({
    data: {
      kind: "job-description",
      language: "pl",
      title: d.title,
      employer: d.employer,
      summary: d.summary,
      // Nested document create makes this a "checked" input: the FK goes through the relation.
      ...(options.occupationCode ? { occupation: { connect: { code: options.occupationCode } } } : {}),
      document: {
        create: {
          documentKey: options.documentKey ?? "position:krobia-it",
          fileName: d.fileName,
          checksum: "factory-krobia",
          kind: "job-description",
          language: "pl",
          format: "txt",
          byteSize: 4559,
          warnings: [],
          parsed: { factory: true },
          importedAt: options.importedAt ?? FACTORY_IMPORTED_AT,
        },
      },
      sections: { create: d.sections.map((s, i) => ({ order: i + 1, heading: s.heading, text: s.text, items: s.items })) },
      duties: { create: d.duties.map((text, i) => ({ order: i + 1, text })) },
      suggestions: {
        create: (options.suggestions ?? d.suggestions).map((s, i) => ({ occupationCode: s.code, rank: i + 1, score: s.score })),
      },
    },
    select: { id: true, documentId: true },
  });
  return { positionId: position.id, documentId: position.documentId };
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
  const assigned = options.occupationCode === undefined ? "252201" : options.occupationCode;
  const position = await db.position.create({
    data: {
      kind: "qualification-requirements",
      language: "kk",
      title: d.title,
      employer: null,
      summary: null,
      ...(assigned ? { occupation: { connect: { code: assigned } } } : {}),
      document: {
        create: {
          documentKey: options.documentKey ?? "position:kk-it-manager",
          fileName: d.fileName,
          checksum: "factory-kk",
          kind: "qualification-requirements",
          language: "kk",
          format: "txt",
          byteSize: 5231,
          warnings: [],
          parsed: { factory: true },
          importedAt: options.importedAt ?? FACTORY_IMPORTED_AT,
        },
      },
      requirements: { create: d.requirements.map((r, i) => ({ order: i + 1, label: r.label, value: r.value })) },
      duties: { create: d.duties.map((text, i) => ({ order: i + 1, text })) },
      suggestions: {
        create: (options.suggestions ?? []).map((s, i) => ({ occupationCode: s.code, rank: i + 1, score: s.score })),
      },
    },
    select: { id: true, documentId: true },
  });
  return { positionId: position.id, documentId: position.documentId };
}
