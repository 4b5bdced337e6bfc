import { Inflate } from "fflate";
import { ImportError, overLimit } from "../errors";
import { IMPORT_LIMITS } from "../limits";
import { XmlShape } from "./xml-shape";

/**
 * A .docx checked before mammoth (which inflates every part it reads with JSZip and builds a DOM of
 * it) gets to it: a ZIP bomb is refused by what its central directory declares, before a byte is
 * inflated, and what is then inflated here is counted as it comes, in small steps, so a header that
 * lies about its sizes is caught within a few megabytes. XML parts stream through XmlShape (depth,
 * element count, no DTD); an archive inside the document (an embedded workbook) is read the same way,
 * one level deep, and its sizes count towards the document's total.
 *
 * The central directory is read here rather than through a ZIP library because the check needs
 * exactly what JSZip will use (the same end-of-directory record, found from the end, and the same
 * offsets); fflate does the inflating.
 */

type Entry = { name: string; method: number; compressedSize: number; size: number; dataStart: number };

export type ZipCheck = { entries: number; inflatedBytes: number; xmlElements: number; maxDepth: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MB = 1024 * 1024;
/** Compressed bytes pushed per step: the most one step can inflate to is ~1,032 times this. */
const STEP = 4 * 1024;

export function checkDocxArchive(bytes: Uint8Array, fileName: string): ZipCheck {
  const budget = { inflated: 0, elements: 0, maxDepth: 0 };
  const entries = checkArchive(bytes, fileName, 0, budget);
  return { entries, inflatedBytes: budget.inflated, xmlElements: budget.elements, maxDepth: budget.maxDepth };
}

type Budget = { inflated: number; elements: number; maxDepth: number };

function checkArchive(bytes: Uint8Array, fileName: string, level: number, budget: Budget): number {
  const entries = readCentralDirectory(bytes, fileName);
  if (entries.length > IMPORT_LIMITS.zipEntries) {
    throw overLimit("zipEntries", IMPORT_LIMITS.zipEntries, `the archive has ${entries.length} entries`, fileName);
  }
  // Everything the directory declares, checked before anything is inflated.
  let declared = budget.inflated;
  for (const entry of entries) {
    const isXml = isXmlPart(entry.name);
    const limit = isXml ? IMPORT_LIMITS.xmlPartBytes : IMPORT_LIMITS.zipEntryBytes;
    if (entry.size > limit) {
      throw overLimit(isXml ? "xmlPartBytes" : "zipEntryBytes", limit, `${entry.name} declares ${mb(entry.size)} inflated`, fileName);
    }
    if (entry.method === 8 && entry.size >= MB && entry.size > IMPORT_LIMITS.zipRatio * Math.max(1, entry.compressedSize)) {
      const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
      throw overLimit("zipRatio", IMPORT_LIMITS.zipRatio, `${entry.name} inflates ${ratio}:1 (${mb(entry.compressedSize)} to ${mb(entry.size)})`, fileName);
    }
    declared += entry.size;
    if (declared > IMPORT_LIMITS.zipTotalBytes) {
      throw overLimit("zipTotalBytes", IMPORT_LIMITS.zipTotalBytes, "its entries declare more", fileName);
    }
  }
  // Then what they really inflate to, read in small steps.
  for (const entry of entries) {
    const isXml = isXmlPart(entry.name);
    const shape = isXml ? new XmlShape({ depth: IMPORT_LIMITS.xmlDepth, elements: IMPORT_LIMITS.xmlElements - budget.elements }) : null;
    // A nested archive is recognised by its first bytes, whatever its name.
    const head: number[] = [];
    const collected: Uint8Array[] = [];
    let collect = false;
    let inflated = 0;
    inflateEntry(bytes, entry, fileName, (chunk) => {
      inflated += chunk.length;
      budget.inflated += chunk.length;
      if (inflated > entry.size) throw new ImportError("corrupt", `${entry.name} inflates to more than the ${entry.size} bytes its header declares`, fileName);
      if (budget.inflated > IMPORT_LIMITS.zipTotalBytes) {
        throw overLimit("zipTotalBytes", IMPORT_LIMITS.zipTotalBytes, "its entries inflate to more", fileName);
      }
      if (shape) {
        const violation = shape.write(chunk);
        if (violation?.kind === "doctype") {
          throw new ImportError(
            "corrupt",
            `${entry.name} declares a document type (<!DOCTYPE>), which Word never writes (entity expansion is refused)`,
            fileName,
          );
        }
        if (violation?.kind === "depth") throw overLimit("xmlDepth", IMPORT_LIMITS.xmlDepth, `${entry.name} nests its elements deeper`, fileName);
        if (violation?.kind === "elements") throw overLimit("xmlElements", IMPORT_LIMITS.xmlElements, "its XML parts hold more", fileName);
        return;
      }
      if (head.length < 4) {
        head.push(...chunk.subarray(0, 4 - head.length));
        if (head.length >= 4 && readU32(Uint8Array.from(head), 0) === LOCAL) {
          if (level + 1 > IMPORT_LIMITS.archiveNesting) {
            throw overLimit("archiveNesting", IMPORT_LIMITS.archiveNesting, `${entry.name} is an archive inside an archive inside the document`, fileName);
          }
          collect = true;
        }
      }
      if (collect) collected.push(chunk.slice());
    });
    if (shape) {
      budget.elements = shape.elements + budget.elements;
      budget.maxDepth = Math.max(budget.maxDepth, shape.maxDepth);
    }
    if (collect) checkArchive(concatBytes(collected), fileName, level + 1, budget);
  }
  return entries.length;
}

/** The parts mammoth reads as XML (document, styles, numbering, notes, relationships, content types). */
function isXmlPart(name: string): boolean {
  return /\.(?:xml|rels)$/iu.test(name);
}

function inflateEntry(bytes: Uint8Array, entry: Entry, fileName: string, onData: (chunk: Uint8Array) => void): void {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STEP) onData(data.subarray(at, at + STEP));
    return;
  }
  if (entry.method !== 8) throw new ImportError("corrupt", `${entry.name} uses ZIP compression method ${entry.method}, which Word never writes`, fileName);
  const inflate = new Inflate((chunk) => onData(chunk));
  try {
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("corrupt", `${entry.name} cannot be inflated (${error instanceof Error ? error.message : String(error)})`, fileName, {
      cause: error,
    });
  }
}

/** The central directory, found as JSZip finds it: the last end-of-directory record. */
function readCentralDirectory(bytes: Uint8Array, fileName: string): Entry[] {
  const corrupt = (reason: string) => new ImportError("corrupt", `it is not a readable Word .docx document (${reason})`, fileName);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (readU32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) throw corrupt("no ZIP end-of-directory record");
  const count = readU16(bytes, eocd + 10);
  const size = readU32(bytes, eocd + 12);
  const offset = readU32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw corrupt("a ZIP64 archive, which no 5 MB Word document needs");
  // JSZip would shift every offset by the difference; a real document has none.
  if (offset + size !== eocd) throw corrupt("the ZIP directory is not where its end record says");
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || readU32(bytes, at) !== CENTRAL) throw corrupt("a damaged ZIP directory");
    const method = readU16(bytes, at + 10);
    const compressedSize = readU32(bytes, at + 20);
    const uncompressedSize = readU32(bytes, at + 24);
    const nameLength = readU16(bytes, at + 28);
    const extraLength = readU16(bytes, at + 30);
    const commentLength = readU16(bytes, at + 32);
    const local = readU32(bytes, at + 42);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || local === 0xffffffff)
      throw corrupt("a ZIP64 entry, which no 5 MB Word document needs");
    if (local + 30 > bytes.length || readU32(bytes, local) !== LOCAL) throw corrupt(`the entry ${name} is not where the directory says`);
    const dataStart = local + 30 + readU16(bytes, local + 26) + readU16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) throw corrupt(`the entry ${name} runs past the end of the file`);
    entries.push({ name, method, compressedSize, size: uncompressedSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)) >>> 0) + (bytes[at + 3] ?? 0) * 0x1000000;
}

/** The chunks of a stream (or of a hand-built archive) as one byte array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function mb(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} bytes`;
}
