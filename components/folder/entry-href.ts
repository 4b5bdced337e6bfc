/** The public page of a folder or comparison entry: a KZiS code or "p" and a position number. */
export function entryHref(id: string): string {
  return id.startsWith("p") ? `/positions/${id.slice(1)}` : `/occupations/${id}`;
}
