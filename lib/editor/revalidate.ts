import "server-only";
import { revalidatePath } from "next/cache";
import { routing } from "@/lib/i18n/routing";
import type { EntityRef } from "@/lib/validation/editor";

/** The public pages that show an entry, in every UI language (the default one also without prefix). */
export function publicPathsOf(ref: EntityRef, occupationCodes: readonly (string | null)[] = []): string[] {
  const base = ref.entityType === "profile" ? [`/occupations/${ref.entityKey}`] : [`/positions/${ref.entityKey}`];
  // A position is listed on the page of the occupation it is (or was) assigned to.
  for (const code of occupationCodes) if (code) base.push(`/occupations/${code}`);
  return base.flatMap((p) => [p, ...routing.locales.map((l) => `/${l}${p}`)]);
}

export function revalidateEntry(ref: EntityRef, occupationCodes: readonly (string | null)[] = []): void {
  for (const path of publicPathsOf(ref, occupationCodes)) revalidatePath(path);
}
