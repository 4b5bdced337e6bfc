import mammoth from "mammoth";
import { ImportError } from "../errors";
import { linearizeHtmlWithin } from "./html";
import { checkDocxArchive } from "./zip-guard";

/**
 * A Word document through mammoth's HTML (not its raw text): lists stay lists and headings stay
 * blocks, so the HTML lineariser gives the parsers the same lines as a web page would.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  // Sizes, ratios, nesting and element counts first: mammoth inflates and parses whatever it is given.
  checkDocxArchive(bytes, fileName);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    throw new ImportError("corrupt", `it is not a readable Word .docx document (${describe(error)})`, fileName, { cause: error });
  }
  return linearizeHtmlWithin(html, fileName);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
