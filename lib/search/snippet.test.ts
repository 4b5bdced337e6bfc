import { describe, expect, it } from "vitest";
import { parseQuery, type ParsedQuery } from "./query";
import { buildSnippet, leadSnippet, type Snippet } from "./snippet";

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
