import { isEntryId, splitEntryIds } from "@/lib/compare/entry-ids";
import { MAX_COMPARE } from "@/lib/compare/limits";

/**
 * The compare tray's state on the client: the entries picked for comparison, kept in
 * localStorage (so it survives navigation and reloads, and is shared by the tabs of one browser)
 * and mirrored in the current page's URL as ?compare=351402,p12 (so a copied link carries it).
 * A link that arrives with ?compare= sets the tray. Read with useSyncExternalStore.
 */

/** `lang` is the title's language (content keeps its language: a Kazakh position title is kk). */
export type TrayItem = { id: string; title: string | null; lang?: string };

const STORAGE_KEY = "atlas:compare";
const URL_PARAM = "compare";

/**
 * What localStorage holds, checked by hand: another tab, an older version or the user may have
 * written anything there. (No zod: this module is in every public page's bundle.)
 */
function toTrayItems(value: unknown): TrayItem[] | null {
  if (!Array.isArray(value) || value.length > MAX_COMPARE) return null;
  const out: TrayItem[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== "object" || item === null) return null;
    const { id, title, lang } = item as Record<string, unknown>;
    const isTitle = title === null || (typeof title === "string" && title.length <= 500);
    const isLang = lang === undefined || (typeof lang === "string" && lang.length <= 12);
    if (!isEntryId(id) || !isTitle || !isLang) return null;
    out.push(lang === undefined ? { id, title } : { id, title, lang });
  }
  return out;
}

const EMPTY: TrayItem[] = [];
let items: TrayItem[] = EMPTY;
let started = false;
const listeners = new Set<() => void>();

function readStorage(): TrayItem[] {
  try {
    return toTrayItems(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "[]")) ?? EMPTY;
  } catch {
    // Storage blocked (private mode, policy) or corrupt: start empty rather than break the page.
    return EMPTY;
  }
}

function start() {
  if (started || typeof window === "undefined") return;
  started = true;
  items = readStorage();
  const fromUrl = new URL(window.location.href).searchParams.get(URL_PARAM);
  if (fromUrl !== null) {
    const ids = splitEntryIds(fromUrl).filter(isEntryId).slice(0, MAX_COMPARE);
    const known = new Map(items.map((i) => [i.id, i]));
    commit(
      ids.map((id) => known.get(id) ?? { id, title: null }),
      { syncUrl: false },
    );
  }
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY) return;
    items = readStorage();
    notify();
  });
}

function notify() {
  for (const listener of listeners) listener();
}

function commit(next: TrayItem[], { syncUrl = true }: { syncUrl?: boolean } = {}) {
  items = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Without storage the tray still works for this page.
  }
  if (syncUrl) writeUrl(next);
  notify();
}

/** Mirrors the tray in ?compare= of the current URL without a navigation (Next keeps its router in step). */
function writeUrl(next: TrayItem[]) {
  const url = new URL(window.location.href);
  if (next.length > 0) url.searchParams.set(URL_PARAM, next.map((i) => i.id).join(","));
  else url.searchParams.delete(URL_PARAM);
  window.history.replaceState(null, "", url);
}

export function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSnapshot(): TrayItem[] {
  return items;
}

export function getServerSnapshot(): TrayItem[] {
  return EMPTY;
}

/** Adds an entry; false when the tray is full. */
export function addToTray(item: TrayItem): boolean {
  start();
  if (items.some((i) => i.id === item.id)) return true;
  if (items.length >= MAX_COMPARE) return false;
  commit([...items, item]);
  return true;
}

export function removeFromTray(id: string) {
  start();
  commit(items.filter((i) => i.id !== id));
}

export function clearTray() {
  start();
  commit(EMPTY);
}

/** Makes the tray what the compare page shows (its URL is the comparison), keeping the URL as it is. */
export function replaceTray(next: TrayItem[]) {
  start();
  const same = next.length === items.length && next.every((n, i) => n.id === items[i]?.id && n.title === items[i]?.title && n.lang === items[i]?.lang);
  if (!same) commit(next.slice(0, MAX_COMPARE), { syncUrl: false });
}
