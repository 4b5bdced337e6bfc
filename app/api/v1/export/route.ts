import { corsPreflight, publicGet } from "@/lib/api";
import { catalogueStream } from "@/lib/data/catalogue-file";
import { getDataVersion } from "@/lib/data/data-version";

export const dynamic = "force-dynamic";

/**
 * The whole catalogue as JSON Lines, streamed from a file a worker thread writes once per data
 * version (lib/data/catalogue-file.ts, docs/decisions/0022-off-the-loop.md): the server's thread
 * only copies bytes, the first line leaves as soon as it is written, and memory stays flat. The
 * ETag is the data version (hashing the body would mean holding all of it), so a client with the
 * current copy gets a 304 without any reading.
 */
export const GET = publicGet(async () => {
  const version = await getDataVersion();
  return new Response(catalogueStream(version), {
    status: 200,
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="atlas-catalogue-${version}.jsonl"`,
      ETag: `"${version}"`,
    },
  });
});

export const OPTIONS = corsPreflight;
