/**
 * ICU `select` keys cannot contain hyphens, but stored kinds do ("job-description"): messages
 * select on the camel-cased form ("jobDescription"). Same rule as lib/i18n/select-key.ts, kept
 * here so the comparison does not depend on a file still being written elsewhere.
 */
export function selectKey(value: string): string {
  return value.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
