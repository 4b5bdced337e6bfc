import { describe, expect, it } from "vitest";
import { generateDocuments } from "./generated-documents";

const PROFILE = "Administrator systemów poczty elektronicznej\nKod: 351402\nZadania";
const POSITION = "OPIS STANOWISKA\n1 Stanowisko ds. obsługi klienta\n";
const CODES = [
  { code: "011001", name: "Oficer" },
  { code: "351402", name: "Administrator" },
  { code: "512001", name: "Kucharz" },
];

describe("generateDocuments", () => {
  it("moves profiles under other codes and names, gives positions distinct titles, names files in order", () => {
    const docs = generateDocuments([PROFILE, POSITION], CODES, 4);
    expect(docs.map((d) => d.name)).toEqual(["00000.txt", "00001.txt", "00002.txt", "00003.txt"]);
    expect(docs[0]!.text).toBe("Oficer\nKod: 011001\nZadania");
    expect(docs[2]!.text).toBe("Administrator\nKod: 351402\nZadania");
    expect(docs[3]!.text).toContain("Stanowisko ds. oficer (3)");
    expect(docs[1]!.text).toContain("Stanowisko ds. kucharz (1)");
    expect(new Set(docs.map((d) => d.text)).size).toBe(4);
  });
});
