import { ImportError } from "../errors";
import type { TextEncodingName } from "../normalize";
import { warning } from "../warnings";
import { detectCyrillicCodepage } from "./cyrillic-codepage";

/**
 * The text of the bytes, or a refusal when decodeText could only have guessed wrong. Bytes that
 * are not UTF-8 are read as Polish Windows-1250/ISO-8859-2; that guess is right for old Polish
 * files and wrong for two others, which would otherwise be imported as gibberish ("Ęâŕëčôčęŕöčî…",
 * "zarzÄ…dzanie"):
 *   - UTF-8 with a few broken bytes (a cut or mixed file): refused with the offset of the first;
 *   - Russian in Windows-1251 or KOI8-R: read in that code page when the detection is certain
 *     (./cyrillic-codepage.ts), refused with what each reading gives when it is not;
 *   - another single-byte code page (CP866, Greek …): refused, since its letters come out as
 *     Polish-looking letters that are not Polish.
 */
export function checkedText(bytes: Uint8Array, decoded: { text: string; encoding: TextEncodingName }, fileName: string): string {
  const { text, encoding } = decoded;
  if (encoding !== "windows-1250" && encoding !== "iso-8859-2") return text;

  const utf8 = scanUtf8(bytes);
  if (utf8.validMultibyte > 0 && utf8.validMultibyte >= utf8.invalidBytes) {
    const line = countNewlines(bytes, utf8.firstInvalidOffset) + 1;
    throw new ImportError(
      "encoding",
      `it is UTF-8 text with ${utf8.invalidBytes} broken byte(s), the first at byte ${utf8.firstInvalidOffset} (line ${line}); save the file again as UTF-8`,
      fileName,
    );
  }
  const letters = nonAsciiLetters(text);
  const polish = letters.filter((c) => POLISH_LETTERS.has(c)).length;
  if (letters.length < MIN_LETTERS_TO_JUDGE || polish / letters.length >= MIN_POLISH_SHARE) return text;

  const cyrillic = detectCyrillicCodepage(bytes);
  if (cyrillic?.certain) return cyrillic.text.normalize("NFC");
  if (cyrillic) {
    const detail = warning("codePageUncertain", { sample1251: cyrillic.samples["windows-1251"], sampleKoi8: cyrillic.samples["koi8-r"] });
    throw new ImportError("encoding", `it is neither UTF-8 nor Polish text: ${detail.message}`, fileName, { details: [detail] });
  }
  const sample = text.match(/(?<!\S)\S*[^\s\p{ASCII}]\S*/u)?.[0]?.slice(0, 24) ?? "";
  throw new ImportError(
    "encoding",
    `it is neither UTF-8, Polish Windows-1250/ISO-8859-2 nor Russian Windows-1251/KOI8-R text (read that way its words come out as “${sample}”); save it as UTF-8`,
    fileName,
  );
}

const POLISH_LETTERS = new Set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ");
/** Below this many accented letters a file says too little to judge (one "Müller" is fine). */
const MIN_LETTERS_TO_JUDGE = 8;
/** In Polish text nearly every accented letter is a Polish one; Cyrillic read as 1250 gives ~20–30%. */
const MIN_POLISH_SHARE = 0.7;

function nonAsciiLetters(text: string): string[] {
  return text.match(/\P{ASCII}/gu)?.filter((c) => /\p{L}/u.test(c)) ?? [];
}

/**
 * Well-formed UTF-8 multi-byte sequences against bytes that fit no sequence. Legacy Polish text
 * has almost no well-formed sequences (a lower-case accented letter stands alone between ASCII
 * letters); UTF-8 with a damaged byte has many.
 */
function scanUtf8(bytes: Uint8Array): { validMultibyte: number; invalidBytes: number; firstInvalidOffset: number } {
  let validMultibyte = 0;
  let invalidBytes = 0;
  let firstInvalidOffset = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      validMultibyte++;
      i += length;
    } else {
      invalidBytes++;
      if (firstInvalidOffset < 0) firstInvalidOffset = i;
      i++;
    }
  }
  return { validMultibyte, invalidBytes, firstInvalidOffset };
}

/** The length of the well-formed UTF-8 sequence at i (2–4), or 0 (RFC 3629: no overlongs, no surrogates). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}
