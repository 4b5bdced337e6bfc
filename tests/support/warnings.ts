import type { ImportWarning } from "@/lib/validation/document";

/** A parsed document's warnings as their English sentences, as the CLI prints them. */
export function warningMessages(doc: { warnings: readonly ImportWarning[] }): string[] {
  return doc.warnings.map((w) => w.message);
}
