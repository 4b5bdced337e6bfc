/**
 * The print stylesheet of the one-page sheets (occupation and client folder): A4, narrow margins,
 * small type, no frame; the site's header and footer are already `no-print`. Sent as a <style>
 * element by the page, so only the sheets carry it.
 */
export const SHEET_PRINT_CSS = `@media print {
  @page { size: A4; margin: 11mm 12mm; }
  body { font-size: 9pt; line-height: 1.25; }
  .sheet { border: 0 !important; padding: 0 !important; box-shadow: none !important; font-size: 9pt !important; }
  .sheet h1 { font-size: 15pt !important; }
  .sheet .text-sm, .sheet .text-xs { font-size: 8pt !important; }
}`;
