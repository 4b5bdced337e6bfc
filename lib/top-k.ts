/**
 * The best `k` of a list of candidates (numbers: indexes into the caller's data), best first, by
 * the caller's order, which must be total (no two candidates equal). A heap of k holds the worst of
 * the best at its root, so each of n candidates costs at most log k: a page of results from
 * thousands of matches without sorting them all. Pure; shared by search (lib/search/ranking.ts)
 * and /match (lib/match/coverage.ts).
 */
export function bestOf(candidates: ArrayLike<number>, k: number, isBetter: (a: number, b: number) => boolean): number[] {
  const order = (a: number, b: number) => (isBetter(a, b) ? -1 : 1);
  if (k <= 0) return [];
  // No fewer candidates than places: sorting them all is the same answer, and cheaper.
  if (k >= candidates.length) return Array.from(candidates).sort(order);
  const heap: number[] = [];
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && isBetter(heap[w]!, heap[l]!)) w = l;
      if (r < heap.length && isBetter(heap[w]!, heap[r]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (let c = 0; c < candidates.length; c++) {
    const x = candidates[c]!;
    if (heap.length < k) {
      heap.push(x);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!isBetter(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (isBetter(x, heap[0]!)) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap.sort(order);
}
