import { ImportError, MAX_IMPORT_BYTES } from "../errors";
import { decodeText, normalizeUnicode } from "../normalize";
import { extractDocx } from "./docx";
import { linearizeHtmlWithin } from "./html";
import { extractPdf } from "./pdf";
import { decodeTextFile, extractPlainText } from "./txt";

export type ImportFormat = "txt" | "html" | "pdf" | "docx";
export type ExtractedText = { format: ImportFormat; text: string };

/**
 * Bytes of an uploaded file → its text. The format is chosen by the bytes first (a "%PDF" header,
 * a ZIP holding word/document.xml, an HTML start) and by the file's extension only when the bytes
 * do not say; the name never decides what kind of document it is. Every failure is an ImportError.
 */
export async function extractText(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  if (bytes.byteLength === 0) throw new ImportError("empty", "the file is empty (0 bytes)", fileName);
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLargeError(bytes.byteLength, fileName);

  const format = sniffFormat(bytes, fileName);
  let raw: string;
  try {
    raw = await extractAs(format, bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // e.g. HTML nested thousands of levels deep: not a document anyone wrote
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError("corrupt", `its ${format} content could not be read (${reason})`, fileName, { cause: error });
  }
  // Only blank lines go from the start: a leading space may be all that is left of a bullet.
  const text = normalizeUnicode(raw)
    .replace(/^(?:[ \t]*\n)+/u, "")
    .trimEnd();
  if (text.trim() === "") {
    const reason = format === "pdf" ? "the PDF has no text layer (a scan?); nothing could be read" : "the file holds no text";
    throw new ImportError("empty", reason, fileName);
  }
  return { format, text };
}

/** The refusal of a file over the limit, with its real size (callers that read only the start know it). */
export function tooLargeError(byteSize: number, fileName: string): ImportError {
  return new ImportError("too-large", `the file is ${formatMegabytes(byteSize)}, more than the limit of ${formatMegabytes(MAX_IMPORT_BYTES)}`, fileName);
}

async function extractAs(format: ImportFormat, bytes: Uint8Array, fileName: string): Promise<string> {
  switch (format) {
    case "pdf":
      return extractPdf(bytes, fileName);
    case "docx":
      return extractDocx(bytes, fileName);
    case "html":
      return linearizeHtmlWithin(decodeTextFile(bytes, fileName), fileName);
    case "txt":
      return extractPlainText(bytes, fileName);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function sniffFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const head = latin1(bytes.subarray(0, 1024));

  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, ZIP)) {
    if (latin1(bytes).includes("word/document.xml")) return "docx";
    throw new ImportError("unsupported-format", "it is a ZIP archive but not a Word .docx document", fileName);
  }
  if (startsWith(bytes, OLE2)) {
    throw new ImportError("unsupported-format", "old Word .doc / Excel .xls files are not supported; save it as .docx or PDF", fileName);
  }
  if (head.startsWith("{\\rtf")) {
    throw new ImportError("unsupported-format", "RTF files are not supported; save it as .docx, PDF or plain text", fileName);
  }
  if (looksLikeHtml(bytes)) return "html";

  if (extension === "pdf") throw new ImportError("corrupt", "it has a .pdf name but no PDF header (%PDF)", fileName);
  if (extension === "docx") throw new ImportError("corrupt", "it has a .docx name but is not a Word document (no ZIP container)", fileName);
  if (extension === "html" || extension === "htm" || extension === "xhtml") return "html";
  return "txt";
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = decodeText(bytes.subarray(0, 2048)).replace(/^\s+/u, "").toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return true;
  if (start.startsWith("<?xml") || start.startsWith("<!--") || start.startsWith("<head") || start.startsWith("<body")) {
    return /<(?:html|body)[\s>]/u.test(start);
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Bytes as Latin-1 text, for looking for ASCII markers in binary data. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
