import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { ImportError, MAX_IMPORT_BYTES, type ImportErrorCode } from "../errors";
import { linearizeHtml } from "./html";
import { extractText } from "./index";
import { rebuildLines } from "./pdf";
import { makePdf } from "@/tests/support/make-files";

async function refusal(bytes: Uint8Array, fileName: string): Promise<ImportError> {
  try {
    await extractText(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

const ascii = (text: string) => new TextEncoder().encode(text);

describe("extractText: limits, refusals naming the file and the reason, edges", () => {
  it.each<[string, Uint8Array, string, ImportErrorCode, RegExp]>([
    ["an empty file", new Uint8Array(), "pusty.txt", "empty", /^Cannot import "pusty.txt": the file is empty \(0 bytes\)$/u],
    ["a file of white space", ascii(" \n\t\r\n "), "spacje.txt", "empty", /"spacje.txt": the file holds no text/u],
    [
      "a PNG image",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      "zdjecie.txt",
      "binary",
      /"zdjecie.txt": it is a binary file, not text \(it contains NUL bytes\)/u,
    ],
    ["control characters", new Uint8Array(Array.from({ length: 400 }, (_, i) => 1 + (i % 7))), "dziwny.txt", "binary", /too many control characters/u],
    [
      "a ZIP that is not a Word document",
      ascii("PK\u0003\u0004\u0014\u0000arkusz.xml"),
      "archiwum.zip",
      "unsupported-format",
      /"archiwum.zip": it is a ZIP archive but not a Word .docx document/u,
    ],
    ["an old Word .doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "opis.doc", "unsupported-format", /old Word .doc/u],
    ["an RTF file", ascii("{\\rtf1\\ansi Opis stanowiska}"), "opis.rtf", "unsupported-format", /RTF files are not supported/u],
    ["a .pdf without a PDF header", ascii("Opis stanowiska pracy"), "opis.pdf", "corrupt", /"opis.pdf": it has a .pdf name but no PDF header/u],
    [
      "a broken PDF",
      ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage"),
      "zepsuty.pdf",
      "corrupt",
      /"zepsuty.pdf": it is not a readable PDF/u,
    ],
    ["a .docx that is text", ascii("Opis stanowiska pracy"), "opis.docx", "corrupt", /it has a .docx name but is not a Word document/u],
    [
      "a broken .docx",
      ascii("PK\u0003\u0004 word/document.xml garbage garbage"),
      "zepsuty.docx",
      "corrupt",
      /"zepsuty.docx": it is not a readable Word .docx document/u,
    ],
  ])("refuses %s", async (_what, bytes, fileName, code, message) => {
    const error = await refusal(bytes, fileName);
    expect(error.code).toBe(code);
    expect(error.fileName).toBe(fileName);
    expect(error.message).toMatch(message);
  });

  it("refuses a file over 5 MB before reading it", async () => {
    const error = await refusal(new Uint8Array(MAX_IMPORT_BYTES + 1), "ogromny.txt");
    expect(error.code).toBe("too-large");
    expect(error.message).toBe('Cannot import "ogromny.txt": the file is 5.0 MB, more than the limit of 5.0 MB');
    expect((await refusal(new Uint8Array(6 * 1024 * 1024), "big.pdf")).message).toMatch(/the file is 6\.0 MB/u);
  });

  it("accepts a file of exactly 5 MB", async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    expect((await extractText(bytes, "duzy.txt")).text).toHaveLength(MAX_IMPORT_BYTES);
  });

  it("refuses HTML nested too deeply to be a document", async () => {
    const html = `<html><body>${"<div>".repeat(20_000)}tekst${"</div>".repeat(20_000)}</body></html>`;
    const error = await refusal(ascii(html), "gleboki.html");
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/^Cannot import "gleboki.html": its html content could not be read/u);
  });

  it("keeps the leading space of a first line (a bullet in PDF text) and drops leading blank lines", async () => {
    expect((await extractText(ascii("\n\n Konfiguracja serwerów,\n"), "opis.txt")).text).toBe(" Konfiguracja serwerów,");
  });

  it("says a PDF without a text layer is probably a scan", async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const error = await refusal(await doc.save(), "skan.pdf");
    expect(error.code).toBe("empty");
    expect(error.message).toMatch(/"skan.pdf": the PDF has no text layer \(a scan\?\)/u);
  });
});

describe("linearizeHtml", () => {
  it("puts headings, paragraphs and list items on lines and drops page furniture", () => {
    const html = `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>
      <header>Menu</header><nav><ul><li>Start</li></ul></nav>
      <h1>Tytuł &amp; kod</h1><p>Akapit <b>pogrubiony</b>
      w dwóch wierszach.</p><ul><li>pierwszy</li><li>drugi <em>punkt</em></li></ul><p>Po liście</p>
      <script>var Z1 = 1;</script><footer>Stopka</footer></body></html>`;
    expect(linearizeHtml(html)).toBe("Tytuł & kod\n\nAkapit pogrubiony w dwóch wierszach.\n\n • pierwszy\n • drugi punkt\n\nPo liście");
  });

  it("reads a table row as one line, like the PDF form", () => {
    expect(linearizeHtml("<table><tr><td>5</td><td>Przełożeni</td><td>Sekretarz</td></tr></table>")).toBe("5 Przełożeni Sekretarz");
  });
});

describe("rebuildLines", () => {
  const item = (str: string, x: number, y: number, hasEOL = false) => ({ str, x, y, width: str.length * 5, size: 10, hasEOL });

  it("starts a new line where the baseline moves and a blank line at a wide gap", () => {
    expect(rebuildLines([item("Kod:", 50, 700), item("351402", 75, 700), item("Z1", 50, 686), item("Tytuł", 50, 650)])).toBe("Kod: 351402\nZ1\n\nTytuł");
  });

  it("joins touching items without a space and honours pdf.js line ends", () => {
    expect(rebuildLines([item("sta", 50, 700), item("cji", 65, 700, true), item("dalej", 80, 700)])).toBe("stacji\ndalej");
  });
});

describe("linearizeHtml: superscripts", () => {
  it("keeps a glossary number in <sup> off the word before it, and joins a time's minutes to its hour", () => {
    expect(linearizeHtml("<p>Protokół (SMTP)<sup>9</sup>, spam<sup><a href='#g2'>2</a></sup> i phishing<sup>3</sup>.</p>")).toBe(
      "Protokół (SMTP) 9, spam 2 i phishing 3.",
    );
    expect(linearizeHtml("<p>od godz. 8<sup>00</sup> do 16<sup>00</sup></p>")).toBe("od godz. 800 do 1600");
  });
});

describe("extractText: a Node Buffer (what the CLI reads) is taken like a Uint8Array (what the upload passes)", () => {
  it("reads a PDF given as a Buffer", async () => {
    const bytes = await makePdf("OPIS STANOWISKA PRACY\n\n1 Stanowisko ds. obsługi klienta");
    const fromBuffer = await extractText(Buffer.from(bytes), "opis.pdf");
    expect(fromBuffer).toEqual(await extractText(bytes, "opis.pdf"));
    expect(fromBuffer.text).toContain("1 Stanowisko ds. obsługi klienta");
  });
});
