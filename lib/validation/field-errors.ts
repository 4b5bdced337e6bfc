/**
 * Field errors keyed by the dotted path of the field ("tasks.2.knowledge.0"); "" is the form itself.
 * Here, not in lib/actions, because the data layer reports them too (a reference that does not exist).
 */
export type FieldErrors = Record<string, string[]>;
