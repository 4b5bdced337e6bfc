import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvLine, toCsv } from "./csv";

describe("csvCell", () => {
  it("quotes text, doubles quotes and keeps leading zeros", () => {
    expect(csvCell("011001")).toBe('"011001"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b;c\nd")).toBe('"a,b;c\nd"');
  });

  it("writes numbers and booleans bare and null as empty", () => {
    expect(csvCell(3)).toBe("3");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvCell("+48 123")).toBe(`"'+48 123"`);
    expect(csvCell("@SUM")).toBe(`"'@SUM"`);
    expect(csvCell("- lista")).toBe(`"'- lista"`);
    expect(csvCell("a=b")).toBe('"a=b"');
  });

  it("defuses every OWASP formula start (=, +, -, @, tab, carriage return) and the full-width forms", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]) {
      const cell = csvCell(`${start}cmd|' /C calc'!A0`);
      expect(cell.startsWith(`"'${start}`), JSON.stringify(start)).toBe(true);
      // Read back by a CSV parser, the cell is the text with one apostrophe in front, nothing lost.
      expect((parse(cell) as string[][])[0]![0]).toBe(`'${start}cmd|' /C calc'!A0`);
    }
    for (const safe of ["Zadanie", " =1", "1-2", "żółć", "'quoted"]) expect(csvCell(safe)).toBe(`"${safe}"`);
  });
});

describe("toCsv", () => {
  it("starts with a BOM, ends lines with CRLF and round-trips through a real CSV parser", () => {
    const rows = [
      ["011001", "Oficer sił zbrojnych", 'z "cudzysłowem", przecinkiem', null],
      ["351402", "Ақпараттық қауіпсіздік\nжәне желі", "żółć", 4],
    ] as const;
    const csv = toCsv(["code", "name", "text", "level"], rows);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(4);
    const parsed = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed[0]).toEqual({ code: "011001", name: "Oficer sił zbrojnych", text: 'z "cudzysłowem", przecinkiem', level: "" });
    expect(parsed[1]!.name).toBe("Ақпараттық қауіпсіздік\nжәне желі");
    expect(parsed[1]!.level).toBe("4");
  });

  it("uses a semicolon when asked (Excel with a Polish locale)", () => {
    expect(csvLine(["a", 1], "semicolon")).toBe('"a";1\r\n');
    const parsed = parse(toCsv(["x", "y"], [["1;2", "b"]], "semicolon").slice(1), { columns: true, delimiter: ";" }) as Record<string, string>[];
    expect(parsed[0]).toEqual({ x: "1;2", y: "b" });
  });
});
