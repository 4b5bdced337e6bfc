/** Types of render-stamped-cache.mjs (plain JavaScript: Next loads it outside the bundler). */
type Entry = { lastModified: number; value: { kind: string; html: string } | null } | null;

declare class RenderStampedCache {
  constructor(ctx: Record<string, unknown>);
  get(key: string, ctx: { kind: string }): Promise<Entry>;
  set(key: string, data: unknown, ctx: { cacheControl: { revalidate: number; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}

export declare function expireTags(tags: readonly string[]): void;
export default RenderStampedCache;
