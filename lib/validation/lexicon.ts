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

/**
 * The editing form of one (concept, lang) (app/[locale]/admin/lexicon): term i with its origin i
 * (row 1 is the preferred label), the pair's codes, and the revision it was based on. Empty rows
 * are left out; every other row is held to lexiconRowSchema, the file's rule, and no term may come
 * twice. Errors carry message keys (admin.issues.*) under the form's field paths. The rule that an
 * official origin stays on the source's own wording needs the stored rows: lib/lexicon/edit.ts.
 */
export const lexiconPairFormSchema = z
  .object({
    intent: z.enum(["save", "create"]).default("save"),
    concept: z.string().trim().max(80),
    lang: lexiconLangSchema,
    codes: z.string().max(500).default(""),
    baseVersion: z.coerce.number().int().min(0).max(1_000_000),
    terms: z.array(z.object({ term: z.string().max(300), origin: z.string().max(40) })).max(100),
  })
  .transform((form, ctx) => {
    const problems = new Map<string, string>();
    const add = (path: string, key: string) => {
      if (!problems.has(path)) problems.set(path, key);
    };
    if (form.intent === "create" && isGroupConcept(form.concept)) add("concept", "lexiconNewGroup");
    const terms: { term: string; origin: LexiconOrigin }[] = [];
    let codes: string[] = [];
    const seen = new Set<string>();
    form.terms.forEach(({ term, origin }, i) => {
      if (term.trim() === "") return;
      // The schema's own normalisation (trim, NFC), checked first so a bad code elsewhere does not hide a repeated term.
      const normalized = term.trim().normalize("NFC");
      if (seen.has(normalized)) return add(`terms.${i}.term`, "lexiconDuplicateTerm");
      seen.add(normalized);
      const row = lexiconRowSchema.safeParse({ concept: form.concept, lang: form.lang, term, origin, codes: form.codes });
      if (!row.success) {
        for (const issue of row.error.issues) {
          const field = String(issue.path[0] ?? "term");
          if (field === "concept") add("concept", "lexiconConcept");
          else if (field === "codes") add("codes", issue.code === "custom" ? "lexiconGroupCodes" : "lexiconCodes");
          else if (field === "origin") add(`terms.${i}.origin`, "choice");
          else add(`terms.${i}.term`, "required");
        }
        return;
      }
      terms.push({ term: row.data.term, origin: row.data.origin });
      codes = row.data.codes;
    });
    if (seen.size === 0) add("terms.0.term", "lexiconNoTerm");
    for (const [path, message] of problems) ctx.issues.push({ code: "custom", message, path: path.split("."), input: form });
    if (problems.size > 0) return z.NEVER;
    return { intent: form.intent, concept: form.concept, lang: form.lang, codes, baseVersion: form.baseVersion, terms };
  });

export type LexiconPairForm = z.output<typeof lexiconPairFormSchema>;

/** "Return to the seed's version" of one (concept, lang). */
export const lexiconRevertSchema = z.object({
  concept: z.string().trim().max(80),
  lang: lexiconLangSchema,
  baseVersion: z.coerce.number().int().min(0).max(1_000_000),
});
