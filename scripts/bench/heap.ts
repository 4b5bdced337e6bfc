/**
 * The memory an in-process index holds: heap and typed-array bytes after a full GC. Needs node
 * --expose-gc (as `npm run bench` runs); without it the figure includes garbage, and callers say so.
 */
const gc = (globalThis as { gc?: () => void }).gc;

export const isGcAvailable = gc !== undefined;

export function heapBytesAfterGc(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
