import { Unzlib } from "fflate";
import { ImportError, overLimit } from "../errors";
import { IMPORT_LIMITS } from "../limits";

/**
 * A PDF's bytes checked in one pass before pdf.js reads them: the page count its page tree
 * declares (true or not: 2,000,000,000 sends pdf.js walking the tree to count), the nesting of arrays and
 * dictionaries in the file's objects (pdf.js parses them recursively: 100,000 "[" overflow its stack
 * and its recovery then re-reads the file), and the inflated size of its Flate streams, counted in
 * small steps (pdf.js keeps a decoded stream whole in memory outside the heap limit of its worker).
 * Strings and comments are skipped, and stream data is not read as objects.
 *
 * Objects inside compressed object streams are not seen here; their depth is bounded by pdf.js's
 * stack and the parse worker's time and memory limits (lib/import/parse-pool.ts).
 */

export type PdfCheck = { maxDepth: number; inflatedBytes: number };

const STEP = 4 * 1024;
const ENDSTREAM = Buffer.from("endstream", "latin1");

export function checkPdfStructure(bytes: Uint8Array, fileName: string): PdfCheck {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let depth = 0;
  let maxDepth = 0;
  let inflated = 0;
  const deeper = () => {
    depth++;
    if (depth > maxDepth) maxDepth = depth;
    if (depth > IMPORT_LIMITS.pdfDepth) {
      throw overLimit("pdfDepth", IMPORT_LIMITS.pdfDepth, "its arrays and dictionaries nest deeper", fileName);
    }
  };
  const n = buffer.length;
  let i = 0;
  while (i < n) {
    const c = buffer[i]!;
    if (c === 0x25 /* % */) {
      while (i < n && buffer[i] !== 0x0a && buffer[i] !== 0x0d) i++;
      continue;
    }
    if (c === 0x28 /* ( */) {
      i = skipString(buffer, i);
      continue;
    }
    if (c === 0x5b /* [ */) deeper();
    else if (c === 0x5d /* ] */) depth = Math.max(0, depth - 1);
    else if (c === 0x3c /* < */) {
      if (buffer[i + 1] === 0x3c) {
        deeper();
        i += 2;
        continue;
      }
      const end = buffer.indexOf(0x3e, i + 1); // a hex string
      i = end === -1 ? n : end + 1;
      continue;
    } else if (c === 0x3e /* > */ && buffer[i + 1] === 0x3e) {
      depth = Math.max(0, depth - 1);
      i += 2;
      continue;
    } else if (c === 0x2f /* / */ && buffer.toString("latin1", i + 1, i + 6) === "Count") {
      // A page tree node's page count: the root's is what pdf.js would walk or loop over.
      const match = /^Count\s+(\d{1,20})/u.exec(buffer.toString("latin1", i + 1, i + 40));
      const count = match ? Number(match[1]) : 0;
      if (count > IMPORT_LIMITS.pdfPages) {
        throw overLimit("pdfPages", IMPORT_LIMITS.pdfPages, `its page tree declares ${count.toLocaleString("en")} pages`, fileName);
      }
    } else if (c === 0x73 /* s */ && isStreamKeyword(buffer, i)) {
      let start = i + 6;
      if (buffer[start] === 0x0d) start++;
      if (buffer[start] === 0x0a) start++;
      const end = buffer.indexOf(ENDSTREAM, start);
      const stop = end === -1 ? n : end;
      inflated += inflatedSize(buffer.subarray(start, stop), IMPORT_LIMITS.pdfStreamBytes - inflated);
      if (inflated > IMPORT_LIMITS.pdfStreamBytes) {
        throw overLimit("pdfStreamBytes", IMPORT_LIMITS.pdfStreamBytes, "its compressed streams inflate to more", fileName);
      }
      i = end === -1 ? n : end + ENDSTREAM.length;
      depth = 0; // a stream ends its object: whatever was left open does not nest into the next one
      continue;
    } else if (
      c === 0x65 /* e */ &&
      buffer[i + 1] === 0x6e &&
      buffer[i + 2] === 0x64 &&
      buffer[i + 3] === 0x6f &&
      buffer[i + 4] === 0x62 &&
      buffer[i + 5] === 0x6a
    ) {
      depth = 0; // "endobj": the same for an object left unbalanced by damage
      i += 6;
      continue;
    }
    i++;
  }
  return { maxDepth, inflatedBytes: inflated };
}

/** A literal string "( … )": balanced parentheses, backslash escapes. Returns the index after it. */
function skipString(buffer: Buffer, start: number): number {
  let nesting = 0;
  for (let i = start; i < buffer.length; i++) {
    const c = buffer[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) nesting++;
    else if (c === 0x29 && --nesting === 0) return i + 1;
  }
  return buffer.length;
}

/** "stream" as a keyword (not the end of "endstream"), followed by an end of line. */
function isStreamKeyword(buffer: Buffer, i: number): boolean {
  if (buffer.toString("latin1", i, i + 6) !== "stream") return false;
  const before = buffer[i - 1];
  if (before !== undefined && ((before >= 0x41 && before <= 0x5a) || (before >= 0x61 && before <= 0x7a))) return false;
  const after = buffer[i + 6];
  return after === 0x0a || after === 0x0d;
}

/**
 * What a Flate (zlib) stream inflates to, counted in steps, stopping once past `budget`. Data that
 * is not zlib (another filter, an image) or is damaged counts as what inflated before the damage.
 */
function inflatedSize(data: Uint8Array, budget: number): number {
  const [a = 0, b = 0] = data;
  if ((a & 0x0f) !== 8 || ((a << 8) | b) % 31 !== 0) return 0;
  let size = 0;
  const stop = new Error("over budget");
  const unzlib = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > budget) throw stop;
  });
  try {
    for (let at = 0; at < data.length; at += STEP) unzlib.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    if (error !== stop && error instanceof ImportError) throw error;
  }
  return size;
}
