/**
 * The checks before inflating and parsing (issue 17): hostile files made here are refused with the
 * limit named, fast, and real documents pass.
 */
import { Zlib, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors";
import { IMPORT_LIMITS } from "../limits";
import {
  docxArchiveNesting,
  docxLyingSizes,
  docxNestingBomb,
  docxRatioBomb,
  minimalDocx,
  pdfDeepNesting,
  pdfFromObjects,
  pdfLyingPageCount,
  pdfManyPages,
} from "../testing/hostile-files";
import { makePdf } from "../testing/make-files";
import { extractText } from "./index";
import { checkPdfStructure } from "./pdf-guard";
import { XmlShape } from "./xml-shape";
import { checkDocxArchive } from "./zip-guard";

const LIMITS = { depth: 4, elements: 10 };

function shapeOf(xml: string, limits = { depth: 1000, elements: 1000 }) {
  const shape = new XmlShape(limits);
  const violation = shape.write(strToU8(xml));
  return { violation, depth: shape.depth, maxDepth: shape.maxDepth, elements: shape.elements };
}

/**
 * Runs `fn`, expecting an ImportError. How fast a refusal comes is a figure of `npm run
 * bench:hostile`, not an assertion: a timed assertion fails on a loaded machine, not on a bug.
 */
async function refusal(fn: () => unknown): Promise<{ error: ImportError }> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return { error: error as ImportError };
  }
  throw new Error("expected a refusal");
}

describe("XmlShape", () => {
  it("counts elements and depth through attributes, empty elements, comments, CDATA and instructions", () => {
    const xml = `<?xml version="1.0"?><a x="1>2" y='/>'><!-- <b><c> --><b/><c><![CDATA[<d><e>]]><d>t</d></c></a>`;
    expect(shapeOf(xml)).toEqual({ violation: null, depth: 0, maxDepth: 3, elements: 4 });
  });

  it("gives the same answer byte by byte as in one piece (chunk boundaries anywhere)", () => {
    const xml = `<a><!-- -- > --><b k="v>"/><![CDATA[ ]] ]]><c/></a>`;
    const shape = new XmlShape({ depth: 10, elements: 10 });
    for (const byte of strToU8(xml)) expect(shape.write(new Uint8Array([byte]))).toBeNull();
    expect({ depth: shape.depth, maxDepth: shape.maxDepth, elements: shape.elements }).toEqual({ depth: 0, maxDepth: 2, elements: 3 });
  });

  it("stops at the first element past a limit, and refuses a document type declaration", () => {
    expect(shapeOf("<a><a><a><a><a>", LIMITS).violation).toEqual({ kind: "depth", found: 5 });
    expect(shapeOf("<a/>".repeat(11), LIMITS).violation).toEqual({ kind: "elements", found: 11 });
    expect(shapeOf(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><a>&lol;</a>`).violation).toEqual({ kind: "doctype" });
  });
});

describe("checkDocxArchive and the .docx extraction", () => {
  it("lets a real Word document through (and an embedded package one level deep)", async () => {
    expect(checkDocxArchive(minimalDocx(["Opis stanowiska pracy"]), "ok.docx")).toMatchObject({ entries: 3, maxDepth: 5 });
    const embedded = docxArchiveNesting(1);
    expect(checkDocxArchive(embedded, "embedded.docx").entries).toBe(4);
    expect((await extractText(embedded, "embedded.docx")).text).toBe("Opis stanowiska pracy");
  });

  it.each([
    ["the issue's 62 KB → 20 MB bomb", () => docxRatioBomb(20), "xmlPartBytes", /word\/document\.xml declares 20\.\d MB inflated/u],
    ["the issue's 586 KB → 200 MB bomb", () => docxRatioBomb(200), "xmlPartBytes", /declares 200\.0 MB inflated/u],
    ["a 5 MB part deflated 1,000:1", () => docxRatioBomb(5), "zipRatio", /inflates \d{3,4}:1/u],
    ["elements nested 50,000 deep (550 KB of XML)", () => docxNestingBomb(50_000), "xmlDepth", /document\.xml nests its elements deeper/u],
    ["a package in a package in the document", () => docxArchiveNesting(3), "archiveNesting", /archive inside an archive/u],
  ] as const)("refuses %s before inflating it, naming the limit", async (_, make, limit, found) => {
    const bytes = make();
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    const { error } = await refusal(() => extractText(bytes, "bomba.docx"));
    expect(error.code).toBe("over-limit");
    expect(error.limit).toEqual({ name: limit, value: IMPORT_LIMITS[limit] });
    expect(error.message).toMatch(/^Cannot import "bomba\.docx": it goes over the limit of /u);
    expect(error.message).toMatch(found);
  });

  it("catches a central directory that lies about the size while inflating, a few MB in", async () => {
    const bytes = docxLyingSizes(200);
    const { error } = await refusal(() => extractText(bytes, "klamstwo.docx"));
    expect(error.code).toBe("corrupt");
    expect(error.message).toMatch(/word\/document\.xml inflates to more than the 10240 bytes its header declares/u);
  });
});

describe("checkPdfStructure and the PDF extraction", () => {
  it("lets real PDFs through", async () => {
    const pdf = await makePdf("OPIS STANOWISKA PRACY\nStanowisko: referent");
    expect(checkPdfStructure(pdf, "ok.pdf").maxDepth).toBeLessThan(10);
  });

  it.each([
    ["arrays nested 300,000 deep", () => pdfDeepNesting(300_000), "pdfDepth", /its arrays and dictionaries nest deeper/u],
    ["a page tree that says 2,000,000,000 pages", () => pdfLyingPageCount(), "pdfPages", /declares 2,000,000,000 pages/u],
    ["100,000 real pages in 600 KB", () => pdfManyPages(), "pdfPages", /declares 100,000 pages/u],
    ["a content stream that inflates to 130 MB", () => flateBombPdf(130), "pdfStreamBytes", /compressed streams inflate to more/u],
  ] as const)("refuses %s, naming the limit", async (_, make, limit, found) => {
    const { error } = await refusal(() => extractText(make(), "bomba.pdf"));
    expect(error.code).toBe("over-limit");
    expect(error.limit).toEqual({ name: limit, value: IMPORT_LIMITS[limit] });
    expect(error.message).toMatch(found);
  });
});

/** A one-page PDF whose content stream is `megabytes` MB of spaces, Flate-compressed (~1,000:1). */
function flateBombPdf(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zlib = new Zlib({ level: 9 }, (chunk) => chunks.push(chunk));
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) zlib.push(spaces, i === megabytes - 1);
  const data = Buffer.concat(chunks).toString("latin1");
  return pdfFromObjects([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    `<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n${data}\nendstream`,
  ]);
}
