/** The URL of one page of skill-search results (the default page size is left out). */
export function skillsHref(query: string, page: number, limit = 30): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  if (limit !== 30) params.set("limit", String(limit));
  return `/skills?${params.toString()}`;
}
