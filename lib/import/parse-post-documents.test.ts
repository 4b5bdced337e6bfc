/**
 * Kazakhstan's post documents in Russian and Kazakh as real pages write them (issue 12, items 4–5):
 * one document per rule, written from the structures such documents have (not copies of the seeds),
 * read through parseDocument (kind and language detected) with every field asserted.
 */
import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "@/lib/validation/document";
import { notAProfile } from "./not-a-profile";
import { parseDocument } from "./parse-document";
import { KAZAKH_REQUIREMENTS_PAGE, RUSSIAN_JOB_INSTRUCTION } from "@/tests/support/fixtures";
import { importErrorOf } from "@/tests/support/refusal";

/** What every qualification-requirements document has the same: no profile fields, no employer. */
const POST_DOCUMENT: Omit<ParsedDocument, "language" | "title" | "summary" | "requirements" | "duties" | "sections" | "warnings"> = {
  ...notAProfile(),
  kind: "qualification-requirements",
  untitled: false,
  jobDescription: null,
  employer: null,
  incomplete: null,
};

const refusalOf = (text: string) => importErrorOf(() => parseDocument(text, { fileName: "doc.txt" }));

describe("Russian documents", () => {
  it("a job instruction: title in capitals over two lines, numbered parts, sub-numbered duties, the other parts as sections", () => {
    expect(parseDocument(RUSSIAN_JOB_INSTRUCTION)).toEqual({
      ...POST_DOCUMENT,
      language: "ru",
      title: "ДОЛЖНОСТНАЯ ИНСТРУКЦИЯ главного специалиста отдела информационных технологий",
      summary: "Главный специалист отдела информационных технологий",
      requirements: [
        { label: "Образование", value: "высшее (информационные технологии, вычислительная техника)" },
        { label: "Опыт работы", value: "не менее 3 лет в сфере информационных технологий" },
      ],
      duties: [
        "администрирование серверов и сетевого оборудования",
        "обеспечение информационной безопасности, резервное копирование данных",
        "консультирование работников по работе с информационными системами",
      ],
      sections: [
        {
          heading: "Общие положения",
          text: "",
          items: [
            "Главный специалист назначается на должность и освобождается от неё приказом руководителя",
            "Главный специалист подчиняется начальнику отдела",
          ],
        },
        {
          heading: "Права",
          text: "Главный специалист имеет право:",
          items: ["запрашивать у подразделений сведения, необходимые для работы", "вносить предложения по совершенствованию работы отдела"],
        },
        { heading: "Ответственность", text: "Главный специалист несёт ответственность за ненадлежащее исполнение обязанностей.", items: [] },
      ],
      warnings: [],
    } satisfies ParsedDocument);
  });

  it("a job regulation: numbered requirement lines, functional duties on the heading's line", () => {
    const text = `Должностной регламент ведущего программиста
Квалификационные требования:
1) Образование: высшее техническое;
2) Опыт работы: не менее 1 года.
Функциональные обязанности: 1) сопровождение программного обеспечения; 2) ведение технической документации.
`;
    expect(parseDocument(text)).toEqual({
      ...POST_DOCUMENT,
      language: "ru",
      title: "Должностной регламент ведущего программиста",
      summary: "Ведущий программист",
      requirements: [
        { label: "Образование", value: "высшее техническое" },
        { label: "Опыт работы", value: "не менее 1 года" },
      ],
      duties: ["сопровождение программного обеспечения", "ведение технической документации"],
      sections: [],
      warnings: [],
    } satisfies ParsedDocument);
  });

  it("duties alone under “Должностные обязанности”: read, with the missing requirements and title said", () => {
    const doc = parseDocument("Должностные обязанности\n- приём и регистрация документов;\n- ведение архива.\n");
    expect(doc).toEqual({
      ...POST_DOCUMENT,
      language: "ru",
      untitled: true,
      title: "Квалификационные требования",
      summary: null,
      requirements: [],
      duties: ["приём и регистрация документов", "ведение архива"],
      sections: [],
      warnings: [
        { code: "noTitle", params: {}, message: "no title line before the requirements" },
        { code: "noRequirements", params: {}, message: "no requirements (“Талаптар:” / “Требования:”) found" },
      ],
    } satisfies ParsedDocument);
  });
});

describe("Kazakh documents as real pages write them", () => {
  const pageDocument = {
    ...POST_DOCUMENT,
    language: "kk",
    title: "Ақпараттық технологиялар бөлімінің бас маманына қойылатын жалпы біліктілік талаптар",
    summary: "Ақпараттық технологиялар бөлімінің бас маманы",
    requirements: [
      { label: "Білімі", value: "Жоғары (ақпараттық технологиялар)" },
      { label: "Жұмыс тәжірибесі", value: "Кемінде 1 жыл" },
    ],
    duties: ["ақпараттық жүйелерді сүйемелдеу", "пайдаланушыларға кеңес беру", "деректердің сақтық көшірмесін жасау"],
    sections: [],
    warnings: [],
  } satisfies ParsedDocument;

  it("the heading as title (“… қойылатын жалпы біліктілік талаптар:”), a flattened table, a numbered clause with its duties on one line", () => {
    expect(parseDocument(KAZAKH_REQUIREMENTS_PAGE)).toEqual(pageDocument);
  });

  it("the Latin “i” typed for every Kazakh “і” reads as the Kazakh letter, in headings and content", () => {
    const latin = KAZAKH_REQUIREMENTS_PAGE.replaceAll("і", "i").replaceAll("І", "I");
    expect(latin).not.toContain("і");
    expect(parseDocument(latin)).toEqual(pageDocument);
  });

  it("headings in capitals (“БІЛІКТІЛІК ТАЛАПТАР”, “ЛАУАЗЫМДЫҚ МІНДЕТТЕРІ”), bullets for duties, the other parts as sections", () => {
    const text = `Бас маманға қойылатын біліктілік талаптары

ЖАЛПЫ ЕРЕЖЕЛЕР
Бас маман бөлім басшысына бағынады.
БІЛІКТІЛІК ТАЛАПТАР
- Білімі: жоғары заң
- Жұмыс тәжірибесі: мемлекеттік қызметте кемінде 2 жыл
ЛАУАЗЫМДЫҚ МІНДЕТТЕРІ
• құқықтық актілердің жобаларын сараптау;
• сот отырыстарында мүдделерді білдіру.
ҚҰҚЫҚТАРЫ
1) қажетті ақпаратты сұрату.
`;
    expect(parseDocument(text)).toEqual({
      ...POST_DOCUMENT,
      language: "kk",
      title: "Бас маманға қойылатын біліктілік талаптары",
      summary: "Бас маман",
      requirements: [
        { label: "Білімі", value: "жоғары заң" },
        { label: "Жұмыс тәжірибесі", value: "мемлекеттік қызметте кемінде 2 жыл" },
      ],
      duties: ["құқықтық актілердің жобаларын сараптау", "сот отырыстарында мүдделерді білдіру"],
      sections: [
        { heading: "ЖАЛПЫ ЕРЕЖЕЛЕР", text: "Бас маман бөлім басшысына бағынады.", items: [] },
        { heading: "ҚҰҚЫҚТАРЫ", text: "", items: ["қажетті ақпаратты сұрату"] },
      ],
      warnings: [],
    } satisfies ParsedDocument);
  });

  it("a markdown table's head and rule are skipped; a row with an empty label continues the value above", () => {
    const text = `Маманға қойылатын біліктілік талаптары
Талаптар:
| Өлшемшарттар | Талаптар |
|---|---|
| Білімі | Жоғары |
| | немесе орта кәсіптік |
Лауазымдық міндеттері:
1) құжаттарды тіркеу.
`;
    const doc = parseDocument(text);
    expect(doc.requirements).toEqual([{ label: "Білімі", value: "Жоғары немесе орта кәсіптік" }]);
    expect(doc.duties).toEqual(["құжаттарды тіркеу"]);
    expect(doc.warnings).toEqual([]);
  });
});

describe("refusals say what was looked for or found", () => {
  it("a text of no kind: the headings of each kind, as a warning code for the reader's language", () => {
    const error = refusalOf("Рецепт борща: свёкла, капуста, картофель.");
    expect(error.code).toBe("unknown-kind");
    expect(error.details.map((d) => d.code)).toEqual(["kindMarkersNotFound"]);
    const params = error.details[0]!.params;
    expect(params.profile).toContain("“Zadania zawodowe i wymagane kompetencje”");
    expect(params.jobDescription).toContain("“OPIS STANOWISKA PRACY”");
    expect(params.requirements).toContain("“біліктілік талаптары”");
    expect(params.requirements).toContain("“Должностная инструкция”");
    expect(error.message).toContain("none of the headings of a known kind was found");
  });

  it("a document that fits a kind but yields no item is refused (no-items) with the parser's warnings, not imported", () => {
    const error = refusalOf("Квалификационные требования к должности секретаря\n");
    expect(error.code).toBe("no-items");
    expect(error.details.map((d) => d.code)).toEqual(["noRequirements", "noRequirementDuties"]);
    expect(error.message).toMatch(/^Cannot import "doc\.txt": it reads as a qualification-requirements but nothing of one was found in it \(no requirements/u);
  });

  it("Kazakh text whose Kazakh letters became “?” is refused (encoding), counting them and showing a word", () => {
    const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;
    const lost = KAZAKH_REQUIREMENTS_PAGE.replace(KAZAKH_LETTERS, "?");
    expect(KAZAKH_REQUIREMENTS_PAGE.match(KAZAKH_LETTERS)).toHaveLength(40);
    const error = refusalOf(lost);
    expect(error.code).toBe("encoding");
    expect(error.details).toEqual([
      {
        code: "lettersReplaced",
        params: { count: 40, sample: "А?паратты?" },
        message:
          "40 letters were replaced by “?” (e.g. “А?паратты?”): the file was saved in a code page without the Kazakh letters (ә ғ қ ң ө ұ ү һ і); save the original as UTF-8",
      },
    ]);
  });

  it("question marks that end words, and a URL's query, are not lost letters", () => {
    const text = `${KAZAKH_REQUIREMENTS_PAGE}Сұрақтар? Қайда? Қашан? https://example.kz/page?id=5&lang=kk&x=?a`;
    expect(parseDocument(text).duties).toHaveLength(3);
  });
});
