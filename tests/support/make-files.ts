import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { PDFDocument, PDFHexString, PDFName, type PDFRef, beginText, endText, setFontAndSize, setTextMatrix, showText } from "pdf-lib";
import { KEY_COMPETENCES } from "@/lib/validation/document";

/**
 * Test-only builders of html, docx and pdf files from the seed texts, so that every format is
 * tested on real content without downloading anything.
 */

// ---------------------------------------------------------------------------------------------
// A structured view of a seed's lines, shared by the HTML and DOCX builders
// ---------------------------------------------------------------------------------------------

type Piece = { type: "title" | "heading" | "subheading" | "listHeading" | "paragraph"; text: string } | { type: "list"; items: string[] };

/**
 * Split an INFOdoradca+ profile text into the pieces a web page would have: the task code as a
 * heading, the task title as a sub-heading, and — unlike the plain text — each of the two lists
 * right after its own heading (`knowledgeCounts` says where each combined list splits).
 */
function profilePieces(text: string, knowledgeCounts: readonly number[]): Piece[] {
  const lines = text.split("\n").map((l) => l.trim());
  const pieces: Piece[] = [];
  let task = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    if (/^Z\d+$/u.test(line)) {
      task++;
      pieces.push({ type: "heading", text: line });
      continue;
    }
    if (/^WIEDZA/u.test(line)) {
      const skillHeading = lines.findIndex((l, j) => j > i && /^UMIEJĘTNOŚCI/u.test(l));
      const bullets: string[] = [];
      let j = skillHeading + 1;
      for (; j < lines.length && (lines[j] === "" || lines[j]?.startsWith("• ")); j++) {
        if (lines[j] === "" && bullets.length > 0) break;
        if (lines[j]) bullets.push((lines[j] ?? "").slice(2));
      }
      const k = knowledgeCounts[task] ?? 0;
      pieces.push({ type: "listHeading", text: line }, { type: "list", items: bullets.slice(0, k) });
      pieces.push({ type: "listHeading", text: lines[skillHeading] ?? "" }, { type: "list", items: bullets.slice(k) });
      i = j;
      continue;
    }
    if (line.startsWith("5 4 3 2 1 0 ")) {
      pieces.push({ type: "paragraph", text: "5 4 3 2 1 0" }, { type: "list", items: [...KEY_COMPETENCES] });
      continue;
    }
    if (line.startsWith("• ")) {
      const last = pieces.at(-1);
      if (last?.type === "list") last.items.push(line.slice(2));
      else pieces.push({ type: "list", items: [line.slice(2)] });
      continue;
    }
    const previous = pieces.at(-1);
    if (previous?.type === "heading" && /^Z\d+$/u.test(previous.text)) pieces.push({ type: "subheading", text: line });
    else if (lines[i + 2]?.startsWith("Kod:")) pieces.push({ type: "title", text: line });
    else pieces.push({ type: "paragraph", text: line });
  }
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

const escapeHtml = (text: string) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/–/gu, "&ndash;");

/** An INFOdoradca+-like page: page furniture around, headings and separate lists inside. */
export function makeProfileHtml(text: string, knowledgeCounts: readonly number[]): string {
  const body = profilePieces(text, knowledgeCounts)
    .map((piece) => {
      switch (piece.type) {
        case "title":
          return `<h1 class="zawod">${escapeHtml(piece.text)}</h1>`;
        case "heading":
          return `<h3>${escapeHtml(piece.text)}</h3>`;
        case "subheading":
          return `<h4><strong>${escapeHtml(piece.text)}</strong></h4>`;
        case "listHeading":
          return `<div class="lista-naglowek"><span>${escapeHtml(piece.text)}</span></div>`;
        case "paragraph":
          return `<p>${escapeHtml(piece.text).replace(/ (?=\S+$)/u, "&nbsp;")}</p>`;
        case "list":
          return `<ul>\n${piece.items.map((item) => `  <li><span>${escapeHtml(item)}</span></li>`).join("\n")}\n</ul>`;
      }
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>INFOdoradca+</title>
<style>li { color: red } /* Z9 */</style><script>window.menu = ["Z9", "WIEDZA – zna i rozumie:"];</script></head>
<body>
<header><nav><ul><li><a href="/">Strona główna</a></li><li><a href="/zawody">Zawody</a></li></ul></nav></header>
<main>
${body}
</main>
<footer><p>Partnerzy</p><ul><li>Ministerstwo Rodziny</li></ul></footer>
</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// DOCX
// ---------------------------------------------------------------------------------------------

/** A Word document with real headings and bulleted lists (Word numbering), built with `docx`. */
export async function makeProfileDocx(text: string, knowledgeCounts: readonly number[]): Promise<Uint8Array> {
  const children = profilePieces(text, knowledgeCounts).flatMap((piece) => {
    switch (piece.type) {
      case "title":
        return [new Paragraph({ text: piece.text, heading: HeadingLevel.TITLE })];
      case "heading":
        return [new Paragraph({ text: piece.text, heading: HeadingLevel.HEADING_2 })];
      case "subheading":
        return [new Paragraph({ children: [new TextRun({ text: piece.text, bold: true })], heading: HeadingLevel.HEADING_3 })];
      case "listHeading":
        return [new Paragraph({ children: [new TextRun({ text: piece.text, bold: true })] })];
      case "paragraph":
        return [new Paragraph({ text: piece.text, alignment: AlignmentType.JUSTIFIED })];
      case "list":
        return piece.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    }
  });
  return toBytes(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A Word document of plain paragraphs, one per non-empty line. */
export async function makePlainDocx(text: string): Promise<Uint8Array> {
  const children = text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((line) => new Paragraph({ text: line.trim() }));
  return toBytes(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function toBytes(buffer: Buffer | Uint8Array): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

export type PdfOptions = {
  /** Wrap lines longer than this many characters at a space (continuation lines are indented). */
  wrapAt?: number;
  /** Replace leading spaces (a lost bullet) with this glyph, as a Word-made PDF has it. */
  bulletGlyph?: string;
  linesPerPage?: number;
};

/**
 * A PDF whose text pdf.js can read back, Polish and Kazakh letters included, without a font
 * embedding library: a Type0 font with Identity-H encoding (character code = UTF-16 code unit)
 * and a ToUnicode map from each code to itself. The font program is not embedded (a viewer would
 * substitute one); text extraction uses the ToUnicode map only. Each source line is one line of
 * text; "" is an empty line (a paragraph gap) and "\f" starts a new page.
 */
export async function makePdf(text: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const { wrapAt, bulletGlyph, linesPerPage = 52 } = options;
  const lines = layoutLines(text, wrapAt, bulletGlyph);
  const doc = await PDFDocument.create();
  const fontRef = registerUnicodeFont(doc, lines.join(""));

  const fontSize = 10;
  const lineHeight = 14;
  const height = Math.max(842, 100 + linesPerPage * lineHeight); // every line inside the page
  let page = newPage(doc, fontRef, height);
  let row = 0;
  for (const { text: line, indent } of lines.map((l) => ({ text: l.replace(/^ +/u, ""), indent: /^ /u.test(l) }))) {
    if (line === "\f" || row >= linesPerPage) {
      page = newPage(doc, fontRef, height);
      row = 0;
      if (line === "\f") continue;
    }
    if (line !== "") {
      page.pushOperators(
        beginText(),
        setFontAndSize("F1", fontSize),
        setTextMatrix(1, 0, 0, 1, indent ? 60 : 50, height - 50 - row * lineHeight),
        showText(PDFHexString.of(toHex(line))),
        endText(),
      );
    }
    row++;
  }
  return doc.save();
}

function layoutLines(text: string, wrapAt: number | undefined, bulletGlyph: string | undefined): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/\r/gu, "").split("\n")) {
    if (raw === "\f") {
      out.push("\f");
      continue;
    }
    const line = bulletGlyph && /^ {1,2}\S/u.test(raw) ? `${bulletGlyph} ${raw.trim()}` : raw.replace(/(?<! ) +$/u, "");
    if (!wrapAt || line.length <= wrapAt) {
      out.push(line);
      continue;
    }
    const words = line.split(" ");
    let current = "";
    let first = true;
    for (const word of words) {
      if (current !== "" && (current + " " + word).length > wrapAt) {
        out.push(first ? current : ` ${current}`);
        first = false;
        current = word;
      } else {
        current = current === "" ? word : `${current} ${word}`;
      }
    }
    if (current !== "") out.push(first ? current : ` ${current}`);
  }
  return out;
}

function newPage(doc: PDFDocument, fontRef: PDFRef, height: number) {
  const page = doc.addPage([595, height]);
  page.node.setFontDictionary(PDFName.of("F1"), fontRef);
  return page;
}

function toHex(text: string): string {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16).padStart(4, "0")).join("");
}

function registerUnicodeFont(doc: PDFDocument, usedText: string): PDFRef {
  const codes = [...new Set(Array.from({ length: usedText.length }, (_, i) => usedText.charCodeAt(i)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const slice = codes.slice(i, i + 100);
    const hex = (c: number) => c.toString(16).padStart(4, "0");
    chunks.push(`${slice.length} beginbfchar\n${slice.map((c) => `<${hex(c)}> <${hex(c)}>`).join("\n")}\nendbfchar`);
  }
  const cmap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${chunks.join("\n")}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  const context = doc.context;
  const toUnicode = context.register(context.flateStream(cmap));
  const descriptor = context.register(
    context.obj({
      Type: "FontDescriptor",
      FontName: "TestSans",
      Flags: 32,
      FontBBox: [-200, -250, 1100, 950],
      ItalicAngle: 0,
      Ascent: 900,
      Descent: -200,
      CapHeight: 700,
      StemV: 80,
    }),
  );
  const descendant = context.register(
    context.obj({
      Type: "Font",
      Subtype: "CIDFontType2",
      BaseFont: "TestSans",
      CIDSystemInfo: { Registry: PDFHexString.fromText("Adobe"), Ordering: PDFHexString.fromText("Identity"), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 520,
      CIDToGIDMap: "Identity",
    }),
  );
  return context.register(
    context.obj({
      Type: "Font",
      Subtype: "Type0",
      BaseFont: "TestSans",
      Encoding: "Identity-H",
      DescendantFonts: [descendant],
      ToUnicode: toUnicode,
    }),
  );
}
