/**
 * CSV for people who open it in Excel, and for programs: RFC 4180 (CRLF, every text field in
 * double quotes, quotes doubled), a UTF-8 BOM so Excel reads Polish and Kazakh letters, and codes
 * written as quoted strings with their leading zeros ("011001"). Pure.
 *
 * NOTE: Excel still turns an all-digit column into numbers when it *opens* a file by double-click;
 * Data → From Text/CSV with the column set to Text keeps the zeros. Writing ="011001" would keep
 * them in Excel but break every other reader, so it is not done.
 */

export const CSV_BOM = "\uFEFF";

const CSV_DELIMITERS = { comma: ",", semicolon: ";" } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

export type CsvCell = string | number | boolean | null;

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe, and every text cell is quoted (OWASP "CSV injection"): the catalogue holds imported
 * text we do not control (tests/integration/csv-injection.test.ts imports such a document). The
 * full-width forms (＝ ＋ － ＠) count too: some spreadsheets read them as the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `"${defuseFormula(value).replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly CsvCell[], delimiter: CsvDelimiter = "comma"): string {
  return cells.map(csvCell).join(CSV_DELIMITERS[delimiter]) + "\r\n";
}

/** A whole CSV document: BOM, header line, rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], delimiter: CsvDelimiter = "comma"): string {
  return CSV_BOM + csvLine(header, delimiter) + rows.map((r) => csvLine(r, delimiter)).join("");
}

/** A CSV download; the file name is ASCII so every browser keeps it. */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
    },
  });
}
