/**
 * Handing a large value from a worker thread to the server's thread without one long slice on the
 * server's loop. postMessage's structured clone is deserialised by the receiving thread in one
 * synchronous step: the skill data at ×1 (13 MB) took ~0.6 s of it (ADR 0027). Here the sender
 * cuts the value's large arrays and Maps into parts (`partSize` tells how many of a container's
 * entries go in one), each its own message;
 * the receiver pulls them one at a time (receiveMessageOnPort) and yields to the loop whenever a
 * slice has run `budgetMs`. The parts are still cloned natively (fast); only their assembling is
 * ours. What the value shares stays shared: an object met twice (the match catalogue's `index` is
 * the skill index) is cut once and put back in both places.
 * Only containers down to `MAX_DEPTH` levels are cut: below that an entry goes inside its part, so
 * values inside a part must not be shared with the rest (true of the indexes this serves).
 */

const MARK = "__atlasSlicedPart";
const MAX_DEPTH = 4;

type Placeholder = { [MARK]: number };
export type SlicedPart = { id: number; kind: "array" | "map"; entries: unknown[] };
export type SlicedMessage = { part: SlicedPart } | { root: unknown };

/**
 * Cuts `value` into messages: the parts first, the root (with placeholders) last. A container is
 * cut when it has more entries than `partSize` gives for it (its entries: a Map's as [key, value]).
 */
export function* slicedMessages(value: unknown, partSize: (entries: readonly unknown[]) => number): Generator<SlicedMessage> {
  const seen = new Map<object, unknown>();
  const parts: SlicedPart[][] = [];
  let nextId = 0;
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v !== "object" || v === null || ArrayBuffer.isView(v) || v instanceof ArrayBuffer || depth > MAX_DEPTH) return v;
    if (seen.has(v)) return seen.get(v);
    const isMap = v instanceof Map;
    const entries: unknown[] | null = isMap ? [...(v as Map<unknown, unknown>)] : Array.isArray(v) ? v : null;
    const size = entries ? Math.max(1, Math.floor(partSize(entries))) : Infinity;
    if (entries && entries.length > size) {
      const id = nextId++;
      const placeholder: Placeholder = { [MARK]: id };
      seen.set(v, placeholder);
      const own: SlicedPart[] = [];
      for (let at = 0; at < entries.length; at += size) own.push({ id, kind: isMap ? "map" : "array", entries: entries.slice(at, at + size) });
      parts.push(own);
      return placeholder;
    }
    if (isMap) {
      const copy = new Map();
      seen.set(v, copy);
      for (const [k, x] of v) copy.set(k, walk(x, depth + 1));
      return copy;
    }
    if (Array.isArray(v)) {
      const copy: unknown[] = [];
      seen.set(v, copy);
      for (const x of v) copy.push(walk(x, depth + 1));
      return copy;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    const copy: Record<string, unknown> = {};
    seen.set(v, copy);
    for (const [k, x] of Object.entries(v)) copy[k] = walk(x, depth + 1);
    return copy;
  };
  const root = walk(value, 0);
  for (const own of parts) yield* own.map((part) => ({ part }));
  yield { root };
}

/**
 * Puts the value back from the messages `next` pulls (undefined: none there yet; the sender posts
 * every part before it says it is done, so a message late by more than `waitMs` is an error),
 * yielding to the loop through `pause` after each `budgetMs` of work.
 */
export async function assembleSliced<T>(next: () => SlicedMessage | undefined, pause: () => Promise<void>, budgetMs = 10, waitMs = 5000): Promise<T> {
  const containers = new Map<number, unknown[] | Map<unknown, unknown>>();
  let sliceStart = performance.now();
  let missingSince: number | null = null;
  for (;;) {
    if (performance.now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
    const message = next();
    if (!message) {
      missingSince ??= performance.now();
      if (performance.now() - missingSince > waitMs) throw new Error("the sliced value ended before its root");
      await pause();
      continue;
    }
    missingSince = null;
    if ("root" in message) return restore(message.root, containers) as T;
    const { id, kind, entries } = message.part;
    let container = containers.get(id);
    if (!container) containers.set(id, (container = kind === "map" ? new Map() : []));
    if (container instanceof Map) for (const [k, v] of entries as [unknown, unknown][]) container.set(k, v);
    else for (const entry of entries) container.push(entry);
  }
}

/** The root with its placeholders replaced by the assembled containers (in place: the root is a fresh copy). */
function restore(v: unknown, containers: ReadonlyMap<number, unknown>, depth = 0): unknown {
  if (typeof v !== "object" || v === null || ArrayBuffer.isView(v) || depth > MAX_DEPTH) return v;
  if (MARK in v) return containers.get((v as Placeholder)[MARK]);
  if (v instanceof Map) for (const [k, x] of v) v.set(k, restore(x, containers, depth + 1));
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = restore(v[i], containers, depth + 1);
  else if (Object.getPrototypeOf(v) === Object.prototype) for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = restore(x, containers, depth + 1);
  return v;
}
