import { describe, expect, it } from "vitest";
import { parseQuery, type ParsedQuery } from "./query";
import { SOCIAL_LINE_MARK, buildSnippet, leadSnippet, type Snippet } from "./snippet";
import { stemText } from "./stem";

const terms = (q: string) => (parseQuery(q, { prefixLast: true, minPrefixLength: 3 }) as Extract<ParsedQuery, { mode: "text" }>).terms;
const marked = (s: Snippet | null) => s?.parts.filter((p) => p.isMatch).map((p) => p.text);
const text = (s: Snippet | null) => s?.parts.map((p) => p.text).join("");

const SOURCE = {
  titles: "Webmaster\nadministrator poczty e-mail",
  tasks: "Instalowanie oprogramowania serwera\nKonfigurowanie i zarządzanie kontami użytkowników systemu poczty elektronicznej",
  description: "Administruje systemami poczty elektronicznej w organizacji.",
};

describe("buildSnippet", () => {
  it("marks inflected forms in the text as written", () => {
    const s = buildSnippet(SOURCE, terms("zarządzaniem kontami"));
    expect(s?.field).toBe("tasks");
    expect(marked(s)).toEqual(["zarządzanie", "kontami"]);
    expect(text(s)).toBe("Konfigurowanie i zarządzanie kontami użytkowników systemu poczty elektronicznej");
  });

  it("prefers the line with the most query words, titles first on a tie", () => {
    expect(buildSnippet(SOURCE, terms("administrator poczty"))?.field).toBe("titles");
    expect(marked(buildSnippet(SOURCE, terms("poczty")))).toEqual(["poczty"]);
  });

  it("matches the last word as a prefix", () => {
    expect(marked(buildSnippet(SOURCE, terms("użytkown")))).toEqual(["użytkowników"]);
  });

  it("returns null when nothing but the name matched", () => {
    expect(buildSnippet(SOURCE, terms("spawacz"))).toBeNull();
  });

  it("cuts a long line around the first match, at word boundaries", () => {
    const long = `${"słowo ".repeat(80)}spawacz ${"tekst ".repeat(80)}`;
    const s = buildSnippet({ titles: "", tasks: "", description: long }, terms("spawacz"));
    expect(marked(s)).toEqual(["spawacz"]);
    const first = s!.parts[0]!;
    const last = s!.parts.at(-1)!;
    expect(first.text).toBe("… ");
    expect(last.text).toBe(" …");
    expect(text(s)!.length).toBeLessThan(260);
  });

  it("keeps markup-like data as plain text parts", () => {
    const s = buildSnippet({ titles: '<img src=x onerror="alert(1)"> spawacz', tasks: "", description: "" }, terms("spawacz"));
    expect(text(s)).toBe('<img src=x onerror="alert(1)"> spawacz');
    expect(marked(s)).toEqual(["spawacz"]);
  });
});

describe("leadSnippet", () => {
  it("is the first description line, unmarked", () => {
    expect(leadSnippet(SOURCE)?.parts).toEqual([{ text: SOURCE.description, isMatch: false }]);
    expect(leadSnippet({ titles: "", tasks: "", description: "" })).toBeNull();
  });
});

describe("snippets from social competences", () => {
  const WITH_SOCIAL = {
    ...SOURCE,
    description: `${SOCIAL_LINE_MARK}Ponoszenia odpowiedzialności za skutki swoich działań\n${SOCIAL_LINE_MARK}Współpracy w zespole`,
  };

  it("labels a matched social-competence line as such, without its mark", () => {
    const s = buildSnippet(WITH_SOCIAL, terms("odpowiedzialności"));
    expect(s?.field).toBe("social");
    expect(text(s)).toBe("Ponoszenia odpowiedzialności za skutki swoich działań");
    expect(marked(s)).toEqual(["odpowiedzialności"]);
  });

  it("keeps the description label for the description proper", () => {
    const s = buildSnippet({ ...WITH_SOCIAL, description: `Administruje pocztą.\n${WITH_SOCIAL.description}` }, terms("administruje"));
    expect(s?.field).toBe("description");
  });

  it("never leads with a social competence, and gives no lead when there is nothing else", () => {
    expect(leadSnippet({ ...WITH_SOCIAL, description: `${WITH_SOCIAL.description}\nAdministruje pocztą.` })).toEqual({
      field: "description",
      parts: [{ text: "Administruje pocztą.", isMatch: false }],
    });
    expect(leadSnippet(WITH_SOCIAL)).toBeNull();
  });

  it("the mark changes no stem, so it changes no match and no rank", () => {
    expect(stemText(`${SOCIAL_LINE_MARK}Współpracy w zespole`)).toBe(stemText("Współpracy w zespole"));
  });
});
