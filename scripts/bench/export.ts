/** Time to first byte and to the end of the streamed JSON Lines catalogue (/api/v1/export). */
export type ExportTiming = { status: number; firstByteMs: number; totalMs: number; bytes: number };

/** With `isFirstByteOnly` the stream is cancelled after its first chunk (the ×10 catalogue is 120 MB). */
export async function measureExport(base: string, isFirstByteOnly = false): Promise<ExportTiming> {
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/export`);
  const reader = res.body!.getReader();
  let bytes = 0;
  let firstByteMs = Number.NaN;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (bytes === 0) firstByteMs = performance.now() - started;
    bytes += chunk.value.byteLength;
    if (isFirstByteOnly) {
      await reader.cancel();
      break;
    }
  }
  return { status: res.status, firstByteMs, totalMs: performance.now() - started, bytes };
}
