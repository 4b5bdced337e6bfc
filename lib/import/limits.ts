/**
 * The limits a document must stay within to be parsed (issue 17, docs/decisions/0013-parse-worker.md).
 * An editor's upload is untrusted input: a 600 KB .docx can inflate to 200 MB of XML, a 600 KB PDF
 * can declare 100,000 pages. Every limit is checked before the work it guards, and a file over one
 * is refused with an ImportError of code "over-limit" that names the limit (`error.limit`), so the
 * upload form can say which limit in the user's language and the CLI prints it.
 *
 * The figures leave room for any real source document of ≤ 5 MB: a 400-page Word text has about
 * 4 MB of document.xml and 200,000 elements; Word nests a table in a table in about 10 levels.
 */
export const IMPORT_LIMITS = {
  /** ZIP (.docx): entries in the central directory. */
  zipEntries: 2_000,
  /** ZIP: the inflated size of one entry (declared in the central directory, and as inflated). */
  zipEntryBytes: 32 * 1024 * 1024,
  /** ZIP: the inflated size of one XML part (what mammoth parses into a DOM, ~150× its size in memory). */
  xmlPartBytes: 8 * 1024 * 1024,
  /** ZIP: all entries inflated, embedded packages included. */
  zipTotalBytes: 64 * 1024 * 1024,
  /** ZIP: inflated ÷ compressed size of an entry of at least 1 MB inflated (a deflate bomb reaches ~1,000). */
  zipRatio: 100,
  /** ZIP: a package inside the document (an embedded workbook) may be read, nothing inside that. */
  archiveNesting: 1,
  /** XML parts of a .docx: element depth. */
  xmlDepth: 128,
  /** XML parts of a .docx together: elements. */
  xmlElements: 500_000,
  /** HTML (a saved page, or mammoth's output): elements. */
  htmlElements: 500_000,
  /** PDF: pages (the page tree's count, which pdf.js checks against the real tree). */
  pdfPages: 1_000,
  /** PDF: nesting of arrays and dictionaries in the file's objects. */
  pdfDepth: 64,
  /** PDF: all Flate-compressed streams inflated. */
  pdfStreamBytes: 128 * 1024 * 1024,
} as const;

/** Limits of the parse worker itself (lib/import/parse-pool.ts); overridable by the environment. */
export const WORKER_LIMITS = {
  /** V8 heap of one parse worker (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: 512,
  /**
   * Wall time of one document's extraction and parsing; the worker is terminated past it. With a
   * replacement worker's start (~1 s on a loaded 2-core machine) a refusal still comes within 5 s.
   * A 1,000-page Word text parses in ~2 s.
   */
  timeMs: 3_000,
} as const;

export type ImportLimitName = keyof typeof IMPORT_LIMITS | "memory" | "time";

/** How each limit is stated in a message, with its unit. */
export function describeLimit(name: ImportLimitName, value: number): string {
  switch (name) {
    case "zipEntries":
      return `${value} entries in the archive`;
    case "zipEntryBytes":
      return `${megabytes(value)} inflated per archive entry`;
    case "xmlPartBytes":
      return `${megabytes(value)} inflated per XML part`;
    case "zipTotalBytes":
      return `${megabytes(value)} inflated in all`;
    case "zipRatio":
      return `a compression ratio of ${value}:1`;
    case "archiveNesting":
      return `${value} level(s) of archives inside the document`;
    case "xmlDepth":
      return `XML elements nested ${value} deep`;
    case "xmlElements":
      return `${value.toLocaleString("en")} XML elements`;
    case "htmlElements":
      return `${value.toLocaleString("en")} HTML elements`;
    case "pdfPages":
      return `${value.toLocaleString("en")} PDF pages`;
    case "pdfDepth":
      return `PDF objects nested ${value} deep`;
    case "pdfStreamBytes":
      return `${megabytes(value)} of inflated PDF streams`;
    case "memory":
      return `${value} MB of parser memory`;
    case "time":
      return `${value / 1000} s of parsing time`;
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
