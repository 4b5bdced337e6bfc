import { describe, expect, it } from "vitest";
import { splitKnowledgeAndSkills, startsWithInfinitive } from "./split-task-items";
import { readSeed, type SeedName } from "@/tests/support/seeds";

/** The combined bullet lists (both headings first, then all bullets) of every task of a seed. */
function combinedLists(name: SeedName): { code: string; items: string[] }[] {
  const lines = readSeed(name).split("\n");
  const lists: { code: string; items: string[] }[] = [];
  lines.forEach((line, i) => {
    if (!/^Z\d$/u.test(line)) return;
    const items: string[] = [];
    for (let j = i + 8; lines[j]?.startsWith(" • "); j++) items.push((lines[j] ?? "").slice(3));
    lists.push({ code: line, items });
  });
  return lists;
}

describe("startsWithInfinitive", () => {
  it.each(["Dobierać", "Skonfigurować", "Tworzyć", "Wykorzystywać", "Wyciągać", "Oceniać", "Chronić", "Mierzyć", "Pomóc", "Zapobiec", "Przenieść"])(
    "sees the infinitive %s",
    (verb) => expect(startsWithInfinitive(`${verb} coś w systemie;`)).toBe(true),
  );

  it.each(["Specyfikację", "Typy", "Działanie", "Znajomość", "Możliwości", "Cykl", "Sieć", "Pamięć", "Treść", "Aktualną", "Źródła"])(
    "sees no infinitive in the noun phrase %s",
    (word) => expect(startsWithInfinitive(`${word} systemu poczty;`)).toBe(false),
  );

  it.each([
    "Samodzielnie instalować i konfigurować serwer poczty;",
    "Na bieżąco monitorować działanie serwera;",
    "Nie udostępniać haseł osobom trzecim;",
    "W razie potrzeby przywracać kopie zapasowe;",
    "Skutecznie i terminowo reagować na awarie;",
  ])("sees the infinitive after an adverb, a negation or a phrase in %j", (item) => expect(startsWithInfinitive(item)).toBe(true));

  it.each([
    "Planowanie i wdrażanie kopii zapasowych;",
    "Zarządzenie Prezesa w sprawie haseł;",
    "Prawo autorskie i ochronę danych;",
    "Na czym polega szyfrowanie;",
  ])("sees no infinitive in the knowledge item %j", (item) => expect(startsWithInfinitive(item)).toBe(false));
});

describe("splitKnowledgeAndSkills", () => {
  it.each([
    ["mailAdministrator", [4, 3, 2, 6, 4]],
    ["mediaSpecialist", [12, 15, 5, 7, 3, 5, 7]],
  ] as const)("finds the boundary of every task of %s where both signals agree", (seed, knowledgeCounts) => {
    const lists = combinedLists(seed);
    expect(lists.map((l) => splitKnowledgeAndSkills(l.items, l.code).knowledge.length)).toEqual(knowledgeCounts);
    for (const list of lists) expect(splitKnowledgeAndSkills(list.items, list.code).warning).toBeNull();
  });

  it("takes the full stop of “itp.” as the end of the knowledge list (351402 Z3)", () => {
    const z3 = combinedLists("mailAdministrator")[2]!;
    const split = splitKnowledgeAndSkills(z3.items, "Z3");
    expect(split.knowledge.at(-1)).toMatch(/itp\.$/u);
    expect(split.skills[0]).toMatch(/^Instalować/u);
  });

  it("splits where the verbs start, with a warning, when the knowledge list has no full stop", () => {
    const split = splitKnowledgeAndSkills(["Typy serwerów;", "Zasady haseł;", "Instalować program;", "Ustawiać hasło."], "Z9");
    expect(split.knowledge).toEqual(["Typy serwerów;", "Zasady haseł;"]);
    expect(split.skills).toEqual(["Instalować program;", "Ustawiać hasło."]);
    expect(split.warning?.message).toMatch(/Z9: no full stop/u);
  });

  it("files skills that start with an adverb or a negation as skills, without a warning", () => {
    const split = splitKnowledgeAndSkills(
      ["Typy serwerów;", "Zasady haseł.", "Samodzielnie instalować serwer;", "Na bieżąco monitorować pocztę;", "Nie udostępniać haseł."],
      "Z4",
    );
    expect(split.knowledge).toEqual(["Typy serwerów;", "Zasady haseł."]);
    expect(split.skills).toHaveLength(3);
    expect(split.warning).toBeNull();
  });

  it("does not claim a missing full stop when the full stop is there", () => {
    const split = splitKnowledgeAndSkills(["Typy serwerów;", "Zasady haseł.", "Konto pocztowe;", "Instalować program;", "Ustawiać hasło."], "Z5");
    expect(split.skills).toEqual(["Instalować program;", "Ustawiać hasło."]);
    expect(split.warning?.message).not.toMatch(/no full stop/u);
    expect(split.warning?.message).toMatch(/Z5: the full stop after item 2 is not followed by an infinitive verb/u);
  });

  it("trusts the full stop, with a warning, when a skill does not start with a verb", () => {
    const split = splitKnowledgeAndSkills(["Typy serwerów;", "Zasady haseł.", "Instalować program;", "W razie awarii przywracać dane."], "Z2");
    expect(split.knowledge).toHaveLength(2);
    expect(split.warning?.message).toMatch(/Z2/u);
  });

  it("prefers the full stop nearest to where the verbs start when there are several", () => {
    const split = splitKnowledgeAndSkills(
      ["Typy serwerów.", "Zasady haseł;", "Metody ochrony.", "Instalować program;", "Stosować np. filtry;", "Ustawiać hasło."],
      "Z3",
    );
    expect(split.knowledge).toHaveLength(3);
    expect(split.warning).toBeNull();
  });

  it("reads a list of verbs only as skills and a list without any signal as knowledge, with warnings", () => {
    expect(splitKnowledgeAndSkills(["Instalować program;", "Ustawiać hasło."], "Z1")).toMatchObject({
      knowledge: [],
      skills: ["Instalować program;", "Ustawiać hasło."],
    });
    const none = splitKnowledgeAndSkills(["Typy serwerów;", "Zasady haseł"], "Z1");
    expect(none.knowledge).toHaveLength(2);
    expect(none.warning?.message).toMatch(/could not be told apart/u);
  });
});
