import { fieldId } from "@/lib/actions/field-errors";

type Props = { path: string; errors: Record<string, string[]> };

/** The errors of one field, announced politely; the control points at it with aria-describedby. */
export function FieldError({ path, errors }: Props) {
  const messages = errors[path] ?? [];
  return (
    <p id={`${fieldId(path)}-error`} aria-live="polite" className="text-sm text-red-700">
      {messages.join(" ")}
    </p>
  );
}

/** aria attributes for a control at `path`. */
export function describedBy(path: string, errors: Record<string, string[]>) {
  const invalid = (errors[path]?.length ?? 0) > 0;
  return { id: fieldId(path), "aria-invalid": invalid || undefined, "aria-describedby": `${fieldId(path)}-error` };
}
