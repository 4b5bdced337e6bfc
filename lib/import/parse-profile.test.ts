import { describe, expect, it } from "vitest";
import { KEY_COMPETENCES, parsedDocumentSchema, type ParsedDocument } from "@/lib/validation/document";
import { parseProfile } from "./parse-profile";
import { PROFILE_DESCRIPTION_PAGE, PROFILE_SECTION_2_PAGE } from "@/tests/support/fixtures";
import { readGolden, readSeed } from "@/tests/support/seeds";
import { warningMessages } from "@/tests/support/warnings";

type Golden = Pick<ParsedDocument, "tasks" | "socialCompetences">;
const mailGolden = readGolden<Golden>("351402-administrator-systemow-poczty.json");
const mediaGolden = readGolden<Golden>("243108-specjalista-mediow-interaktywnych.json");

/** The seed cut just before the first line that starts with `marker` (a page cut off there). */
function cutBefore(text: string, marker: string, occurrence = 1): string {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(marker, index + 1);
    if (index < 0) throw new Error(`marker not found: ${marker}`);
  }
  return text.slice(0, index);
}

/**
 * The seed rewritten in web-page DOM order: "WIEDZA" heading, knowledge bullets, "UMIEJĘTNOŚCI"
 * heading, skill bullets (what the HTML lineariser produces from an INFOdoradca+ page).
 */
function inDomOrder(text: string, golden: Golden): string {
  let result = text;
  for (const task of golden.tasks) {
    const start = result.indexOf(`\n${task.code}\n`);
    const knowledgeAt = result.indexOf("WIEDZA – zna i rozumie:", start);
    const bulletsAt = result.indexOf(" • ", knowledgeAt);
    const end = result.indexOf("\n\n", bulletsAt);
    const bullets = result.slice(bulletsAt, end).split("\n");
    const k = task.knowledge.length;
    const block = ["WIEDZA – zna i rozumie:", "", ...bullets.slice(0, k), "", "UMIEJĘTNOŚCI – potrafi:", "", ...bullets.slice(k)].join("\n");
    result = result.slice(0, knowledgeAt) + block + result.slice(end);
  }
  return result;
}

describe("parseProfile: the knowledge/skill lists", () => {
  it("reads the plain-text order (both headings, then all bullets) of both seeds", () => {
    expect(parseProfile(readSeed("mailAdministrator")).tasks).toEqual(mailGolden.tasks);
    expect(parseProfile(readSeed("mediaSpecialist")).tasks).toEqual(mediaGolden.tasks);
  });

  it("reads the web-page order (each list after its own heading) of both seeds the same way", () => {
    const mail = parseProfile(inDomOrder(readSeed("mailAdministrator"), mailGolden));
    const media = parseProfile(inDomOrder(readSeed("mediaSpecialist"), mediaGolden));
    expect(mail.tasks).toEqual(mailGolden.tasks);
    expect(media.tasks).toEqual(mediaGolden.tasks);
    expect([...mail.warnings, ...media.warnings]).toEqual([]);
  });

  it("joins a bullet that wraps onto the next line", () => {
    const wrapped = readSeed("mailAdministrator").replace(
      " • Dobierać typ oprogramowania systemu poczty elektronicznej do serwera, ",
      " • Dobierać typ oprogramowania systemu poczty\nelektronicznej do serwera, ",
    );
    expect(parseProfile(wrapped).tasks[0]?.skills[0]).toBe(mailGolden.tasks[0]?.skills[0]);
  });

  it("leaves no glossary number at the end of a word in any item", () => {
    for (const doc of [parseProfile(readSeed("mailAdministrator")), parseProfile(readSeed("mediaSpecialist"))]) {
      const items = doc.tasks.flatMap((t) => [t.title, ...t.knowledge, ...t.skills]);
      for (const item of items) expect(item).not.toMatch(/\p{L}\)? \d{1,2}(?=[\s,;.]|$)/u);
    }
  });
});

describe("parseProfile: competences and key competences", () => {
  it("reads competences with their task lists, also written as a range", () => {
    const text = readSeed("mediaSpecialist").replace("zadań zawodowych Z1, Z2, Z3, Z4, Z5, do", "zadań zawodowych Z1–Z5, do");
    expect(parseProfile(text).competences.map((c) => c.taskCodes)).toEqual([
      ["Z1", "Z2", "Z3", "Z4", "Z5"],
      ["Z6", "Z7"],
    ]);
  });

  it("reads the nine key-competence names from the chart line, all with an unknown level", () => {
    const doc = parseProfile(readSeed("mailAdministrator"));
    expect(doc.keyCompetences.map((k) => k.name)).toEqual([...KEY_COMPETENCES]);
    expect(doc.keyCompetences.every((k) => k.level === null)).toBe(true);
    expect(doc.warnings).toEqual([]);
  });

  it("reads names given one per line in another order, and a level written next to a name", () => {
    const text = readSeed("mailAdministrator").replace(
      /^5 4 3 2 1 0 .*$/mu,
      ["Komunikacja ustna: 4", "", "Wywieranie wpływu/przywództwo: 2", "", "Umiejętności matematyczne: 3"].join("\n"),
    );
    const doc = parseProfile(text);
    expect(doc.keyCompetences).toEqual([
      { name: "Komunikacja ustna", level: 4 },
      { name: "Wywieranie wpływu/przywództwo", level: 2 },
      { name: "Umiejętności matematyczne", level: 3 },
    ]);
    expect(warningMessages(doc).join("\n")).toMatch(/key competences incomplete: 3 of 9/u);
  });
});

describe("parseProfile: a page cut off part-way", () => {
  const media = readSeed("mediaSpecialist");
  const mail = readSeed("mailAdministrator");

  it("keeps the tasks listed in the overview whose blocks were cut off, and says which", () => {
    const doc = parseProfile(cutBefore(media, "\nZ6\n"));
    expect(doc.tasks.map((t) => t.code)).toEqual(["Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7"]);
    expect(doc.tasks.slice(0, 5)).toEqual(mediaGolden.tasks.slice(0, 5));
    expect(doc.tasks[5]).toEqual({
      code: "Z6",
      title:
        "Poszukiwanie nowych kanałów komunikacji, reagowanie na aktualne trendy, rekomendowanie zmian dotyczących strategii komunikacji w mediach interaktywnych",
      knowledge: [],
      skills: [],
    });
    expect(warningMessages(doc)).toEqual([
      "the overview lists Z6–Z7, but the text has no task block for them",
      "missing social competences (“jest gotów do:”)",
      "missing key competences",
    ]);
    expect(parsedDocumentSchema.safeParse({ ...doc }).success).toBe(true);
  });

  it("imports a task cut inside its knowledge list and says its skills are missing", () => {
    const doc = parseProfile(cutBefore(mail, " • Znaczenie ustawiania bezpiecznego hasła;"));
    const z4 = doc.tasks.find((t) => t.code === "Z4");
    expect(z4?.knowledge).toEqual(mailGolden.tasks[3]?.knowledge.slice(0, 3));
    expect(z4?.skills).toEqual([]);
    expect(warningMessages(doc)).toContain("missing skills for Z4");
    expect(warningMessages(doc)).toContain("Z4: the last item has no closing full stop; the list may be cut off");
    expect(warningMessages(doc)).toContain("the overview lists Z5, but the text has no task block for it");
  });

  it("flags the document incomplete where it ends, after the last whole item; a whole page is not", () => {
    expect(parseProfile(mail).incomplete).toBeNull();
    const doc = parseProfile(cutBefore(mail, " • Ustawiać bezpieczne hasło"));
    expect(doc.incomplete).toEqual({ at: `Z4: “${mailGolden.tasks[3]?.skills[2]}”` });
    expect(parseProfile(cutBefore(media, "\nZ6\n")).incomplete?.at).toMatch(/^Z5/u);
  });

  it("a missing full stop in a block followed by more text is not a cut: the item stays, the page is whole", () => {
    const last = mailGolden.tasks[4]!.skills.at(-1)!;
    const text = mail.replace(`${last}.`, last);
    expect(text).not.toBe(mail);
    const doc = parseProfile(text);
    expect(doc.tasks[4]?.skills.at(-1)).toBe(last);
    expect(doc.incomplete).toBeNull();
  });

  it("leaves out an item cut mid-word and invents nothing", () => {
    const whole = parseProfile(cutBefore(mail, " • Ustawiać bezpieczne hasło"));
    const cutMidWord = cutBefore(mail, " • Ustawiać bezpieczne hasło") + " • Ustawiać bezpie";
    const doc = parseProfile(cutMidWord);
    expect(doc.tasks[3]?.skills).toEqual(whole.tasks[3]?.skills);
    expect(doc.incomplete).toEqual(whole.incomplete);
    expect(doc.warnings.some((w) => w.code === "itemCutMidWord" && w.message.includes("ends mid-word"))).toBe(true);
  });

  it("imports a task cut inside its skill list and warns that the list may be cut off", () => {
    const doc = parseProfile(cutBefore(mail, " • Ustawiać bezpieczne hasło"));
    expect(doc.tasks[3]?.knowledge).toEqual(mailGolden.tasks[3]?.knowledge);
    expect(doc.tasks[3]?.skills).toEqual(mailGolden.tasks[3]?.skills.slice(0, 3));
    expect(warningMessages(doc)).toContain("Z4: the last item has no closing full stop; the list may be cut off");
  });

  it("stops the lists at the page footer of a page cut short", () => {
    const cut = cutBefore(mail, "Pracownik powinien mieć zdolność");
    const doc = parseProfile(`${cut.trimEnd()}\nPartnerzy\n\nNa skróty`);
    expect(doc.socialCompetences).toEqual(mailGolden.socialCompetences);
    expect(warningMessages(doc)).toEqual(["missing key competences"]);
  });

  it("keeps the social competences read before the cut and reports the missing key competences", () => {
    const doc = parseProfile(cutBefore(media, "Pracownik powinien mieć zdolność"));
    expect(doc.socialCompetences).toEqual(mediaGolden.socialCompetences);
    expect(warningMessages(doc)).toEqual(["missing key competences"]);
  });

  it("reads the key competences named before a cut inside the chart line", () => {
    const doc = parseProfile(cutBefore(mail, " Planowanie i organizowanie pracy"));
    expect(doc.keyCompetences.map((k) => k.name)).toEqual(KEY_COMPETENCES.slice(0, 4));
    expect(warningMessages(doc)[0]).toMatch(/^key competences incomplete: 4 of 9 \(missing: Planowanie i organizowanie pracy/u);
  });

  it("keeps the code and title of a page cut right after its header", () => {
    const doc = parseProfile(cutBefore(mail, "Pracownik w zawodzie"));
    expect(doc).toMatchObject({ code: "351402", title: "Administrator systemów poczty elektronicznej", tasks: [] });
    expect(warningMessages(doc)).toEqual([
      "no tasks (Z1, Z2, …) found",
      "no professional competences (Kz1, …) found",
      "missing social competences (“jest gotów do:”)",
      "missing key competences",
    ]);
  });

  it("names the occupation from the first sentence when the header is cut off", () => {
    const doc = parseProfile(media.slice(media.indexOf("Pracownik w zawodzie")));
    expect(doc.title).toBe("Specjalista do spraw mediów interaktywnych");
    expect(doc.code).toBeNull();
    expect(warningMessages(doc)[0]).toMatch(/no occupation code/u);
  });
});

describe("parseProfile: section 2 “Opis zawodu”", () => {
  const doc = parseProfile(PROFILE_DESCRIPTION_PAGE);

  it("is a description part of the occupation with the same code", () => {
    expect(doc).toMatchObject({ part: "description", code: "351402", title: "Administrator systemów poczty elektronicznej", tasks: [] });
    expect(doc.warnings).toEqual([]);
  });

  it("reads the synthesis", () => {
    expect(doc.synthesis).toBe(
      "Administrator systemów poczty elektronicznej instaluje, konfiguruje i utrzymuje systemy poczty elektronicznej, zarządza kontami użytkowników oraz dba o bezpieczeństwo przesyłanych wiadomości.",
    );
  });

  it("reads the work description with its sub-heading, list and wrapped paragraph", () => {
    expect(doc.workDescription).toBe(
      [
        "Sposoby wykonywania pracy",
        "Administrator systemów poczty elektronicznej:",
        "• instaluje i konfiguruje oprogramowanie serwera poczty elektronicznej",
        "• zakłada i usuwa konta użytkowników, przydziela im pojemność skrzynek",
        "• monitoruje działanie serwera i reaguje na awarie",
        "Pracuje najczęściej w dziale informatycznym przedsiębiorstwa lub instytucji, w zespole administratorów sieci i systemów komputerowych.",
      ].join("\n"),
    );
  });

  it("keeps the other parts of section 2 as sections", () => {
    expect(doc.sections).toEqual([
      {
        heading: "Środowisko pracy",
        text: [
          "Warunki pracy",
          "Praca odbywa się w pomieszczeniach biurowych i serwerowniach, przy sztucznym oświetleniu.",
          "Maszyny i narzędzia pracy",
          "Organizacja pracy",
          "Praca w systemie dyżurów, także poza godzinami pracy firmy.",
        ].join("\n"),
        items: ["komputer z dostępem do internetu", "serwery i urządzenia sieciowe"],
      },
      { heading: "Wymagania psychofizyczne i zdrowotne", text: "Wymagania psychofizyczne", items: ["zdolność koncentracji uwagi", "odporność na stres"] },
      { heading: "Zawody pokrewne", text: "", items: ["Administrator systemów komputerowych"] },
    ]);
  });

  it("reads two pages saved into one file (section 2, then section 3, each with header and footer) as part “both”", () => {
    const parsed = parseProfile(`${PROFILE_DESCRIPTION_PAGE}\n${readSeed("mailAdministrator")}`);
    expect(parsed.part).toBe("both");
    expect(parsed.synthesis).toBe(doc.synthesis);
    expect(parsed.tasks).toEqual(mailGolden.tasks);
    expect(parsed.warnings).toEqual([]);
  });
});

describe("parseProfile: section 2 as a real page has it (lead sentence, named subsections)", () => {
  const doc = parseProfile(PROFILE_SECTION_2_PAGE);

  it("reads the lead sentence after the name line as the summary, glossary numbers stripped", () => {
    expect(doc.summary).toBe("Administrator systemów poczty elektronicznej odpowiada za działanie serwerów poczty (SMTP), ochronę przed spamem i phishingiem.");
    // the profile stores a synthesis: without a "Synteza" heading the lead sentence is kept there
    expect(doc.synthesis).toBe(doc.summary);
    expect(doc.warnings).toEqual([]);
  });

  it("reads every subsection by its heading, in order, parts and the headings inside them", () => {
    expect(doc.subsections.map((s) => [s.level, s.heading])).toEqual([
      [1, "Opis pracy"],
      [2, "Sposoby wykonywania pracy"],
      [1, "Środowisko pracy"],
      [2, "Warunki pracy"],
      [1, "Wymagania psychofizyczne i zdrowotne"],
      [1, "Wykształcenie, kwalifikacje i uprawnienia zawodowe"],
      [1, "Zawody pokrewne"],
    ]);
    expect(doc.subsections.find((s) => s.heading === "Zawody pokrewne")?.text).toBe("• Administrator systemów komputerowych");
  });

  it("strips glossary numbers from subsection text and keeps numbers that are content", () => {
    const ways = doc.subsections.find((s) => s.heading === "Sposoby wykonywania pracy")?.text;
    expect(ways).toBe(
      [
        "Pracuje w systemach Windows 10 i Linux, automatyzuje zadania w języku Python 3 oraz wdraża normę ISO 27001.",
        "• instaluje serwery poczty elektronicznej",
        "• zakłada konta użytkowników",
      ].join("\n"),
    );
    expect(doc.subsections.find((s) => s.heading === "Warunki pracy")?.text).toBe("Praca w biurze i serwerowni, także w systemie dyżurów.");
    expect(doc.subsections.find((s) => s.heading.startsWith("Wykształcenie"))?.text).toBe(
      "Wykształcenie wyższe informatyczne; po 2 latach pracy możliwy awans.",
    );
  });

  it("keeps writing section 2 as before: the work description as one text", () => {
    expect(doc.workDescription).toMatch(/^Sposoby wykonywania pracy\nPracuje w systemach Windows 10 i Linux/u);
  });

  it("takes the synthesis's first paragraph as the summary of a page with a “Synteza” heading", () => {
    expect(parseProfile(PROFILE_DESCRIPTION_PAGE).summary).toBe(parseProfile(PROFILE_DESCRIPTION_PAGE).synthesis);
  });
});

describe("parseProfile: glossary numbers in titles and names", () => {
  it("strips a glossary number before a capitalised word from a task title", () => {
    const text = readSeed("mailAdministrator").replace(/\nZ1\n\n[^\n]+\n/u, "\nZ1\n\nOptymalizowanie zapytań i planów zapytań 16 SQL\n");
    expect(parseProfile(text).tasks[0]?.title).toBe("Optymalizowanie zapytań i planów zapytań SQL");
  });
});
