"use client";

import { Button } from "./button";

/**
 * Opens the browser's print dialog, where "Save as PDF" is one of the printers: the print
 * stylesheet (app/globals.css) lays the page out for A4, so no PDF library is needed.
 * The label comes from the server, so no message catalogue is shipped for one button.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="toolbar" type="button" onClick={() => window.print()} className="no-print inline-flex items-center gap-2">
      <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" fill="currentColor">
        <path d="M5 2h10v4H5V2Zm-2 5h14a2 2 0 0 1 2 2v5h-3v4H4v-4H1V9a2 2 0 0 1 2-2Zm3 7v2h8v-4H6v2Zm9-4.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" />
      </svg>
      {label}
    </Button>
  );
}
