import { Deflate, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { concatBytes } from "@/lib/import/extract/zip-guard";

/**
 * Test-only builders of hostile documents (issue 17), made in the test rather than stored: ZIP
 * bombs by ratio, by lying sizes, by element nesting and by archive nesting; PDFs with deep
 * nesting, with a page count that lies, with 100,000 pages and with too much text to read in time.
 * Each is small on disk and expensive to parse naively.
 */

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`;
const DOC_CLOSE = `</w:body></w:document>`;

/** A minimal Word document whose body is the given paragraphs (mammoth reads it). */
export function minimalDocx(paragraphs: string[], extra: Zippable = {}): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join("");
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(RELS),
    "word/document.xml": strToU8(DOC_OPEN + body + DOC_CLOSE),
    ...extra,
  });
}

/**
 * A .docx whose document.xml is `megabytes` MB of paragraphs (the bombs: 62 KB → 20 MB,
 * 586 KB → 200 MB), deflated in one stream as Word would, without holding the XML in memory.
 */
export function docxRatioBomb(megabytes: number): Uint8Array {
  const paragraph = strToU8("<w:p><w:r><w:t>Zadania zawodowe</w:t></w:r></w:p>".repeat(20_000)); // ~1 MB
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  deflate.push(strToU8(DOC_OPEN));
  let size = DOC_OPEN.length;
  while (size < megabytes * 1024 * 1024) {
    deflate.push(paragraph);
    size += paragraph.length;
  }
  deflate.push(strToU8(DOC_CLOSE), true);
  size += DOC_CLOSE.length;
  return zipWithRawEntry(minimalDocx(["x"]), "word/document.xml", concatBytes(chunks), size, crcOfParagraphs());
}

/**
 * The same bomb with a central directory that lies: document.xml declares 10 KB, so nothing
 * declared is over a limit, and the lie shows only while inflating.
 */
export function docxLyingSizes(megabytes: number): Uint8Array {
  const bomb = docxRatioBomb(megabytes);
  return patchDeclaredSize(bomb, "word/document.xml", 10 * 1024);
}

/** A .docx whose document.xml nests `depth` runs in one another (small: ~10 bytes per level). */
export function docxNestingBomb(depth: number): Uint8Array {
  const xml = DOC_OPEN + "<w:p>" + "<w:r>".repeat(depth) + "<w:t>x</w:t>" + "</w:r>".repeat(depth) + "</w:p>" + DOC_CLOSE;
  return zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES), "_rels/.rels": strToU8(RELS), "word/document.xml": strToU8(xml) });
}

/** A .docx holding a package holding a package … `levels` deep (the 42.zip idea), each stored, not deflated. */
export function docxArchiveNesting(levels: number): Uint8Array {
  let inner: Uint8Array = zipSync({ "payload.txt": strToU8("x".repeat(1000)) });
  for (let i = 1; i < levels; i++) inner = zipSync({ [`level${i}.zip`]: [inner, { level: 0 }] });
  return minimalDocx(["Opis stanowiska pracy"], { "word/embeddings/package.docx": [inner, { level: 0 }] });
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

/** A PDF from object bodies (object n is body n-1), with a correct cross-reference table. */
export function pdfFromObjects(objects: string[]): Uint8Array {
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

function pagesPdf(options: { kids: number; count: number; content: string; pageExtra?: string }): Uint8Array {
  return pdfFromObjects([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${"3 0 R ".repeat(options.kids)}] /Count ${options.count} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${options.pageExtra ?? ""} >>`,
    `<< /Length ${options.content.length} >>\nstream\n${options.content}\nendstream`,
    FONT,
  ]);
}

const HELLO = "BT /F1 12 Tf 72 720 Td (Opis stanowiska pracy) Tj ET";

/** A one-page PDF whose page holds an array nested `depth` deep (pdf.js parses it recursively). */
export function pdfDeepNesting(depth: number): Uint8Array {
  return pagesPdf({ kids: 1, count: 1, content: HELLO, pageExtra: `/Deep ${"[".repeat(depth)}${"]".repeat(depth)}` });
}

/**
 * A PDF whose page tree says it has 2,000,000,000 pages and lists `kids` of them (all the same
 * page object): pdf.js, finding no last page, walks the whole tree to count (2.7 s for 100,000).
 */
export function pdfLyingPageCount(kids = 100_000): Uint8Array {
  return pagesPdf({ kids, count: 2_000_000_000, content: HELLO });
}

/** A PDF that truly lists `pages` pages (one shared page object): 600 KB for 100,000 pages. */
export function pdfManyPages(pages = 100_000): Uint8Array {
  return pagesPdf({ kids: pages, count: pages, content: HELLO });
}

/** A PDF with `pages` pages (one shared page object) that each show `lines` lines of text: slow to read, small on disk. */
export function pdfSlowText(pages: number, lines: number): Uint8Array {
  const content = Array.from({ length: lines }, (_, i) => `BT /F1 8 Tf 20 ${780 - (i % 95) * 8} Td (Wiedza i umiejetnosci ${i}) Tj ET`).join("\n");
  return pagesPdf({ kids: pages, count: pages, content });
}

/** Exactly one byte more than the import limit (a plain-text file, so nothing but its size is wrong). */
export function oneByteOver(limit: number): Uint8Array {
  return new Uint8Array(limit + 1).fill(0x61);
}

// ---------------------------------------------------------------------------------------------
// ZIP surgery
// ---------------------------------------------------------------------------------------------

/** The CRC-32 of the bomb's XML is not needed by the checks (nothing inflates it whole); any value works. */
function crcOfParagraphs(): number {
  return 0;
}

/** `zip` with the entry `name` replaced by already-deflated data (method 8) that inflates to `size` bytes. */
function zipWithRawEntry(zip: Uint8Array, name: string, deflated: Uint8Array, size: number, crc: number): Uint8Array {
  const files = unzipSync(zip);
  delete files[name];
  const entries: { name: Uint8Array; data: Uint8Array; method: number; size: number; crc: number }[] = [
    ...Object.entries(files).map(([n, data]) => ({ name: strToU8(n), data, method: 0, size: data.length, crc: crc32(data) })),
    { name: strToU8(name), data: deflated, method: 8, size, crc },
  ];
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, e.name.length, true);
    parts.push(new Uint8Array(local.buffer), e.name, e.data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, e.method, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, e.name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const centralBytes = concatBytes(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralBytes.length, true);
  end.setUint32(16, offset, true);
  return concatBytes([...parts, centralBytes, new Uint8Array(end.buffer)]);
}

/** Writes `size` as the declared inflated size of `name` in both its local header and the central directory. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50 && matches(out, at + 46, wanted, view.getUint16(at + 28, true))) {
      view.setUint32(at + 24, size, true);
      const local = view.getUint32(at + 42, true);
      view.setUint32(local + 22, size, true);
    }
  }
  return out;
}

function matches(bytes: Uint8Array, at: number, name: Uint8Array, length: number): boolean {
  return length === name.length && name.every((b, i) => bytes[at + i] === b);
}

function crc32(data: Uint8Array): number {
  let crc = -1;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ -1) >>> 0;
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}
