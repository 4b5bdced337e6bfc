/**
 * The "match" messages the skill picker (skill-picker.tsx) translates in the browser. A /match page
 * gives its client components these and the result list's keys only (ClientMessages' `pick`): the
 * whole namespace was 4.4 kB of every page's RSC payload, and a page with a new set of skills is
 * rendered per request. Not in skill-picker.tsx: a "use client" module's exports reach a server
 * component as client references, not as values.
 */
export const SKILL_PICKER_KEYS = ["pickerLabel", "pickerHint", "placeholder", "listLabel", "add", "kind", "optionOccupations", "optionsCount"] as const;
