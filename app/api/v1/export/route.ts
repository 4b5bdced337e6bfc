import { corsPreflight, publicGet } from "@/lib/api";
import { getDataVersion } from "@/lib/data/data-version";
import { catalogueLines } from "@/lib/data/export";

export const dynamic = "force-dynamic";

/**
 * The whole catalogue as JSON Lines, streamed: the body is pulled batch by batch, so the first
 * line leaves at once and memory stays flat. The ETag is the data version (hashing the body would
 * mean holding all of it), so a client with the current copy gets a 304 without any reading.
 */
export const GET = publicGet(async () => {
  const version = await getDataVersion();
  const lines = catalogueLines(version);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Content-Disposition": `attachment; filename="atlas-catalogue-${version}.jsonl"`,
      ETag: `"${version}"`,
    },
  });
});

export const OPTIONS = corsPreflight;
