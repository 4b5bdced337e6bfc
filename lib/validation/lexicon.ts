/**
 * The lexicon's row (seeds/lexicon/*.csv, the LexiconTerm table; format: seeds/lexicon/README.md).
 * One schema for the seed parser (lib/lexicon/parse.ts) and for editors' changes, so a row an
 * editor saves is held to the same rules as the file.
 */
import { z } from "zod";
import { occupationCodeSchema } from "./occupation";

export const LEXICON_LANGS = ["pl", "en", "kk", "ru"] as const;
export const lexiconLangSchema = z.enum(LEXICON_LANGS);
export type LexiconLang = z.infer<typeof lexiconLangSchema>;

/** editorial: our translation, never presented as official; the others name the official source. */
export const LEXICON_ORIGINS = ["kzis-2023", "isco-08", "okz-2014", "esco", "editorial"] as const;
export const lexiconOriginSchema = z.enum(LEXICON_ORIGINS);
export type LexiconOrigin = z.infer<typeof lexiconOriginSchema>;

/** A group's KZiS code (major: 1 digit, sub-major: 2) or a word's lowercase ASCII English slug. */
const GROUP_CONCEPT = /^\d{1,2}$/;
const WORD_CONCEPT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isGroupConcept = (concept: string) => GROUP_CONCEPT.test(concept);

export const lexiconRowSchema = z
  .object({
    concept: z.string().refine((c) => GROUP_CONCEPT.test(c) || WORD_CONCEPT.test(c), {
      error: "concept is a 1–2 digit group code or a lowercase ASCII slug (programmer, customer-service)",
    }),
    lang: lexiconLangSchema,
    term: z
      .string()
      .trim()
      .min(1, { error: "term is empty" })
      .max(300)
      .transform((t) => t.normalize("NFC")),
    origin: lexiconOriginSchema,
    codes: z
      .string()
      .trim()
      .transform((s) => (s === "" ? [] : s.split(/\s+/)))
      .pipe(z.array(occupationCodeSchema)),
  })
  .refine((r) => !isGroupConcept(r.concept) || r.codes.length === 0, { error: "a group's codes are empty: the concept is the code", path: ["codes"] });

export type LexiconRow = z.infer<typeof lexiconRowSchema>;
