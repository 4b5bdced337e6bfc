"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";

/** Options start at two characters: one letter matches half the catalogue. */
const COMBOBOX_MIN_CHARS = 2;
const DEBOUNCE_MS = 150;

type Options<T> = {
  initialValue?: string;
  /** Where the options for a (trimmed) query come from: a JSON endpoint of the API. */
  url: (query: string) => string;
  /** The answer's options, or null when it is not what was expected (the list keeps what it had). */
  read: (json: unknown) => T[] | null;
  /** What a screen reader hears when the options arrive. */
  announce: (count: number) => string;
  onChoose: (item: T) => void;
  /** Empty the field and the list after a choice (an "add" field), rather than keep the text. */
  clearOnChoose?: boolean;
};

/**
 * The state and keyboard of an editable combobox with a listbox popup (WAI-ARIA 1.2: list
 * autocomplete, manual selection), shared by the site's search box and /match's skill picker:
 * options fetched as you type (debounced, the previous request aborted), arrow keys move through
 * them (Alt+Down opens the list without selecting), Enter takes the selected one (without one the
 * plain form submits), Escape closes the list and then clears the field. The markup stays with
 * each component.
 */
export function useCombobox<T>({ initialValue = "", url, read, announce, onChoose, clearOnChoose = false }: Options<T>) {
  const [value, setValue] = useState(initialValue);
  const [items, setItems] = useState<T[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const hasFocus = useRef(false);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  function close() {
    setIsOpen(false);
    setActive(-1);
  }

  async function load(query: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const response = await fetch(url(query), { signal: controller.signal, headers: { accept: "application/json" } });
      if (!response.ok) return;
      const options = read(await response.json());
      if (!options || controller.signal.aborted) return;
      setItems(options);
      setActive(-1);
      setIsOpen(hasFocus.current && options.length > 0);
      setAnnouncement(announce(options.length));
    } catch {
      // Aborted by the next keystroke, or offline: the plain form still works.
    }
  }

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    if (next.trim().length < COMBOBOX_MIN_CHARS) {
      inFlight.current?.abort();
      setItems([]);
      setAnnouncement("");
      close();
      return;
    }
    timer.current = setTimeout(() => void load(next.trim()), DEBOUNCE_MS);
  }

  function choose(item: T) {
    close();
    if (clearOnChoose) {
      setValue("");
      setItems([]);
    }
    onChoose(item);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = items.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen) {
          setIsOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else setActive((active + 1) % count);
        return;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen) setIsOpen(true);
        setActive(active <= 0 ? count - 1 : active - 1);
        return;
      case "Enter": {
        const chosen = isOpen && active >= 0 ? items[active] : undefined;
        // Without a selected option, Enter submits the form.
        if (chosen) {
          event.preventDefault();
          choose(chosen);
        }
        return;
      }
      case "Escape":
        event.preventDefault();
        if (isOpen) close();
        else onChange("");
        return;
    }
  }

  const inputProps = {
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onKeyDown,
    onFocus: () => {
      hasFocus.current = true;
      if (items.length > 0 && value.trim().length >= COMBOBOX_MIN_CHARS) setIsOpen(true);
    },
    onBlur: () => {
      hasFocus.current = false;
      close();
    },
  };

  return { items, isOpen, active, setActive, announcement, choose, inputProps };
}
