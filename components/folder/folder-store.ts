import { useSyncExternalStore } from "react";
import { EMPTY_FOLDER, readFolder, type Folder } from "@/lib/folder/folder";

/**
 * The client folder on the client: kept in this browser's localStorage only (never sent to the
 * server), shared by its tabs, read with useSyncExternalStore. Every change goes through the pure
 * functions of lib/folder/folder.ts; this module only keeps and announces the current value.
 */

const STORAGE_KEY = "atlas:folder";

let folder: Folder = EMPTY_FOLDER;
let started = false;
/** False when localStorage refused a write (private mode, quota): the page says the folder is not kept. */
let isPersisted = true;
const listeners = new Set<() => void>();

function readStorage(): Folder {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw === null) return EMPTY_FOLDER;
    const result = readFolder(JSON.parse(raw));
    // A value this version cannot read (edited by hand, another version) is left in storage untouched
    // until the user changes the folder, so nothing is destroyed by merely opening a page.
    return result.ok ? result.value : EMPTY_FOLDER;
  } catch {
    return EMPTY_FOLDER;
  }
}

function start() {
  if (started || typeof window === "undefined") return;
  started = true;
  folder = readStorage();
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    folder = readStorage();
    notify();
  });
}

function notify() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The folder; empty on the server and in the first client render, so hydration matches. */
export function useFolder(): Folder {
  return useSyncExternalStore(
    subscribe,
    () => folder,
    () => EMPTY_FOLDER,
  );
}

/** Whether the last write reached localStorage. */
export function useFolderPersisted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isPersisted,
    () => true,
  );
}

/** Applies a change made by one of lib/folder's functions and stores the result. */
export function updateFolder(change: (current: Folder) => Folder) {
  start();
  const next = change(folder);
  if (next === folder) return;
  folder = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    isPersisted = true;
  } catch {
    isPersisted = false;
  }
  notify();
}

/** Empties the folder and removes it from this browser. */
export function clearFolder() {
  start();
  folder = EMPTY_FOLDER;
  try {
    window.localStorage.removeItem(STORAGE_KEY);
    isPersisted = true;
  } catch {
    isPersisted = false;
  }
  notify();
}

/** The current folder outside React (an event handler that needs the latest value). */
export function currentFolder(): Folder {
  start();
  return folder;
}
