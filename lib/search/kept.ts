/**
 * What the search engine builds once per entry list but may pass from one list to the next: a new
 * index version makes a new list (every publish does), yet the lexicon index (lib/search/expansion.ts)
 * and the suggesters (lib/search/suggesters.ts) depend on fewer rows than the list does, and
 * rebuilding them was one of the soak's longest turns of the event loop after each publish (ADR
 * 0031). Each is held with the key of the rows it was built from; a new list of the same database
 * takes its predecessor's over when the key, read at the new list's first use, has not moved.
 *
 * A null key means "built, but not to be passed on" (the key could not be tied to the list).
 */
import type { EntryList } from "./entries";

type Held<T> = { key: string | null; value: T };

export type KeptAcrossVersions<T> = {
  /** Called when `next` replaces `previous` as one database's entry list (a new index version). */
  inherit(previous: EntryList | undefined, next: EntryList): void;
  /** The list's value when its key has been checked already (nothing to read), else null. */
  held(list: EntryList): T | null;
  /** Whether get(list, key, …) would build, so the rows must be read (the PostgreSQL engine reads them first). */
  needsBuild(list: EntryList, key: string | null): boolean;
  /** The value of `list` at `key` (read before the rows, so a value is never older than its key): the predecessor's when the key is the same, else build(). */
  get(list: EntryList, key: string | null, build: () => T): T;
};

export function keptAcrossVersions<T>(): KeptAcrossVersions<T> {
  const checked = new WeakMap<EntryList, Held<T>>();
  /** Predecessors' values, until the list's first use checks the key. */
  const inherited = new WeakMap<EntryList, Held<T>>();
  const sameKey = (held: Held<T> | undefined, key: string | null) => held !== undefined && key !== null && held.key === key;
  return {
    inherit(previous, next) {
      const held = previous && (checked.get(previous) ?? inherited.get(previous));
      if (held && held.key !== null) inherited.set(next, held);
    },
    held(list) {
      return checked.get(list)?.value ?? null;
    },
    needsBuild(list, key) {
      return !checked.has(list) && !sameKey(inherited.get(list), key);
    },
    get(list, key, build) {
      const held = checked.get(list);
      if (held) return held.value;
      const candidate = inherited.get(list);
      const next = candidate && sameKey(candidate, key) ? candidate : { key, value: build() };
      checked.set(list, next);
      inherited.delete(list);
      return next.value;
    },
  };
}
