import "server-only";
import { db } from "@/lib/db";

/** The editors' list of entries: described profiles and positions, with their drafts. */

export type EntryListItem = {
  type: "profile" | "position";
  key: string;
  title: string;
  detail: string;
  version: number;
  updatedAt: Date;
  draft: { updatedAt: Date; author: string | null } | null;
};

export async function listEditableEntries(): Promise<EntryListItem[]> {
  const [profiles, positions, drafts] = await Promise.all([
    db.profile.findMany({ select: { occupationCode: true, title: true, version: true, updatedAt: true }, orderBy: { occupationCode: "asc" } }),
    db.position.findMany({ select: { id: true, title: true, kind: true, language: true, occupationCode: true, version: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.draft.findMany({ select: { entityType: true, entityKey: true, updatedAt: true, author: { select: { name: true } } } }),
  ]);
  const draftOf = new Map(drafts.map((d) => [`${d.entityType}:${d.entityKey}`, { updatedAt: d.updatedAt, author: d.author?.name ?? null }]));
  return [
    ...profiles.map((p): EntryListItem => ({
      type: "profile",
      key: p.occupationCode,
      title: p.title,
      detail: p.occupationCode,
      version: p.version,
      updatedAt: p.updatedAt,
      draft: draftOf.get(`profile:${p.occupationCode}`) ?? null,
    })),
    ...positions.map((p): EntryListItem => ({
      type: "position",
      key: String(p.id),
      title: p.title,
      detail: [p.kind, p.language, p.occupationCode].filter(Boolean).join(" · "),
      version: p.version,
      updatedAt: p.updatedAt,
      draft: draftOf.get(`position:${p.id}`) ?? null,
    })),
  ];
}
