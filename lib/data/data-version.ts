import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { META_KEYS } from "@/lib/store/app-meta";

/**
 * A short fingerprint of the catalogue's content: the reference data's checksum and the data
 * version, a counter in AppMeta raised in the same transaction as every write that changes public
 * data (an editor's publish, an import, a reference load; lib/store/app-meta.ts). It serves as the
 * ETag of the streamed export and as the key of in-memory indexes (related entries, skill search).
 * One indexed read of two rows, whatever the size of the catalogue.
 */
export async function getDataVersion(): Promise<string> {
  const rows = await db.appMeta.findMany({ where: { key: { in: [META_KEYS.referenceChecksum, META_KEYS.dataVersion] } }, select: { key: true, value: true } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? "";
  return createHash("sha256")
    .update([value(META_KEYS.referenceChecksum), value(META_KEYS.dataVersion)].join("|"))
    .digest("base64url")
    .slice(0, 20);
}
