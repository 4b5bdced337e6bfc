import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

/**
 * A short fingerprint of the catalogue's content: the reference data's checksum and the count and
 * last change of profiles and positions, and the sum of the classification entries' versions (every
 * publish of an entry and every reload that changes one raises it). It changes when an import or an editor changes data, so
 * it serves as the ETag of the streamed export and as the key of in-memory indexes
 * (related entries, skill search). Four small indexed reads.
 */
export async function getDataVersion(): Promise<string> {
  const [reference, profiles, positions, occupations] = await Promise.all([
    db.appMeta.findUnique({ where: { key: "reference-data-checksum" }, select: { value: true } }),
    db.profile.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.position.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.occupation.aggregate({ _count: { _all: true }, _sum: { version: true } }),
  ]);
  const parts = [
    reference?.value ?? "",
    occupations._count._all,
    occupations._sum.version ?? 0,
    profiles._count._all,
    profiles._max.updatedAt?.toISOString() ?? "",
    positions._count._all,
    positions._max.updatedAt?.toISOString() ?? "",
  ];
  return createHash("sha256").update(parts.join("|")).digest("base64url").slice(0, 20);
}
