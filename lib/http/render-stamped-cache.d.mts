/** Types of render-stamped-cache.mjs (plain JavaScript: it patches Next's CommonJS modules, outside the bundler). */
type Entry = { lastModified: number; value: { kind: string; html: string } | null } | null;

declare class PageCache {
  constructor(ctx: Record<string, unknown>);
  get(key: string, ctx: { kind: string }): Promise<Entry>;
  set(key: string, data: unknown, ctx: { cacheControl: { revalidate: number; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}

export declare function expireTags(tags: readonly string[]): void;
export declare function installRenderStamps(): typeof PageCache;
export type PageLookups = { lookups: number; freshUntil: number; tags: Set<string> | null; since: number };
export declare function withPageLookups<T>(run: (record: PageLookups) => T, clock?: () => number): T;
export declare function onTagsChanged(listener: (tag: string) => void): () => void;
