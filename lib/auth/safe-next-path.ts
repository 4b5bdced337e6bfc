/** A `next` parameter as a same-site path ("/admin/…"), never another site ("//evil", "https://…"). */
export function safeNextPath(value: string | null | undefined, fallback = "/admin"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
