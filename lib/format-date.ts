/**
 * Import times are shown in the catalogue's own time zone, so the server's zone (UTC in a
 * container) does not decide which day a document was imported on.
 */
const DISPLAY_TIME_ZONE = "Europe/Warsaw";

export const IMPORT_DATE_FORMAT = { dateStyle: "long", timeStyle: "short", timeZone: DISPLAY_TIME_ZONE } as const satisfies Intl.DateTimeFormatOptions;
