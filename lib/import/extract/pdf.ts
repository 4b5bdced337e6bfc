import type { TextItem } from "pdfjs-dist/types/src/display/api";
import { ImportError, overLimit } from "../errors";
import { IMPORT_LIMITS } from "../limits";
import { checkPdfStructure } from "./pdf-guard";

/**
 * Text of a PDF through pdfjs-dist (legacy build: the one that runs in Node). Lines are rebuilt
 * from the text items' positions: a new line where the baseline moves (or pdf.js marks an end of
 * line), a blank line where the gap to the previous line is clearly wider than one line, a space
 * between items on one line when they do not touch. Pages are joined by a blank line; the job
 * description parser joins a paragraph that runs on over it.
 */

type Item = { str: string; x: number; y: number; width: number; size: number; hasEOL: boolean };

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<string> {
  checkPdfStructure(bytes, fileName);
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]> | null = null;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy (a plain Uint8Array: it refuses a Buffer).
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    });
    document = await task.promise;
    // The page tree's count, which pdf.js has checked against the tree (a count that lies is
    // replaced by the pages really there): 600 KB can list 100,000 pages that share one page.
    if (document.numPages > IMPORT_LIMITS.pdfPages) {
      throw overLimit("pdfPages", IMPORT_LIMITS.pdfPages, `it has ${document.numPages.toLocaleString("en")} pages`, fileName);
    }
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => "str" in item).map(toItem);
      pages.push(rebuildLines(items));
      page.cleanup();
    }
    return pages.join("\n\n");
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const encrypted = /password/iu.test(reason);
    throw new ImportError("corrupt", encrypted ? "the PDF is protected by a password" : `it is not a readable PDF (${reason})`, fileName, { cause: error });
  } finally {
    await document?.destroy();
  }
}

function toItem(item: TextItem): Item {
  const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
  const size = Math.max(Math.hypot(a, b), Math.abs(d), item.height, 1);
  return { str: item.str, x, y, width: item.width, size, hasEOL: item.hasEOL };
}

export function rebuildLines(items: readonly Item[]): string {
  const lines: string[] = [];
  let line = "";
  let lineY: number | null = null;
  let lineSize = 0;
  let lastEnd: number | null = null;
  let breakAfter = false;

  for (const item of items) {
    const movedDown = lineY !== null && Math.abs(item.y - lineY) > Math.max(2, Math.min(item.size, lineSize || item.size) * 0.5);
    if (lineY !== null && (movedDown || breakAfter)) {
      lines.push(line);
      const gap = lineY - item.y;
      if (gap > Math.max(lineSize, item.size) * 1.9) lines.push("");
      line = "";
      lastEnd = null;
    }
    if (item.str !== "") {
      const gap = lastEnd === null ? 0 : item.x - lastEnd;
      const touching = line === "" || gap < item.size * 0.15 || /\s$/u.test(line) || /^\s/u.test(item.str);
      line += touching ? item.str : ` ${item.str}`;
      lastEnd = item.x + item.width;
    }
    if (item.str !== "" || lineY === null || movedDown) {
      lineY = item.y;
      lineSize = item.size;
    }
    breakAfter = item.hasEOL;
  }
  if (line !== "" || lines.length > 0) lines.push(line);
  return lines.join("\n");
}
