/**
 * ICU `select` keys cannot contain hyphens, but stored kinds do ("job-description"): messages
 * select on the camel-cased form ("jobDescription").
 */
export function selectKey(value: string): string {
  return value.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
