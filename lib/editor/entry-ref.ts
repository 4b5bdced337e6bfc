import { entityRefSchema, type EntityRef } from "@/lib/validation/editor";

/** The entry named by an admin URL (/admin/entries/profile/351402), or null for anything else. */
export function parseEntryRef(type: string, key: string): EntityRef | null {
  const parsed = entityRefSchema.safeParse({ entityType: type, entityKey: key });
  return parsed.success ? parsed.data : null;
}

export function entryPath(ref: EntityRef, page: "" | "preview" | "history" = ""): string {
  return `/admin/entries/${ref.entityType}/${ref.entityKey}${page ? `/${page}` : ""}`;
}

/** The public page of an entry. */
export function publicPath(ref: EntityRef): string {
  return ref.entityType === "position" ? `/positions/${ref.entityKey}` : `/occupations/${ref.entityKey}`;
}
