import mammoth from "mammoth";
import { ImportError } from "../errors";
import { linearizeHtml } from "./html";

/**
 * A Word document through mammoth's HTML (not its raw text): lists stay lists and headings stay
 * blocks, so the HTML lineariser gives the parsers the same lines as a web page would.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return linearizeHtml(value);
  } catch (error) {
    throw new ImportError("corrupt", `it is not a readable Word .docx document (${describe(error)})`, fileName, { cause: error });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
