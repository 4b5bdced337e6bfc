/** The AppMeta key of the loaded reference data's checksum; its own module so app code can read it without the loader (fs). */
export const REFERENCE_META_KEY = "reference-data-checksum";
