import { ImportError } from "../errors";
import { decodeWithEncoding } from "../normalize";
import { checkedText } from "./encoding";

/**
 * Plain text in any of the encodings decodeText knows. A file that decodes to NUL characters or
 * to many control characters is not text (an image, an executable, a zip renamed to .txt); one
 * that decodes to gibberish is in an encoding we do not read (./encoding.ts), unless it is Russian
 * in a legacy Cyrillic code page that can be told for certain (./cyrillic-codepage.ts).
 */
export function extractPlainText(bytes: Uint8Array, fileName: string): string {
  return decodeTextFile(bytes, fileName);
}

/** The text of a text file (plain or HTML), refused when it is binary or wrongly encoded. */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  const decoded = decodeWithEncoding(bytes);
  assertTextual(decoded.text, fileName);
  return checkedText(bytes, decoded, fileName);
}

/** Control characters other than tab, new line, carriage return and form feed. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\v\u000E-\u001F\u007F\uFFFD]/gu;

function assertTextual(text: string, fileName: string): void {
  if (text.includes("\u0000")) throw new ImportError("binary", "it is a binary file, not text (it contains NUL bytes)", fileName);
  const sample = text.slice(0, 65_536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (sample.length > 0 && controls / sample.length > 0.05) {
    throw new ImportError("binary", "it is a binary file, not text (too many control characters)", fileName);
  }
}
