"use client";

import { describedBy, FieldError } from "./field-error";
import { inputClass } from "@/components/ui/input";

type Props = {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  errors: Record<string, string[]>;
  multiline?: boolean;
  lang?: string;
};

/** One labelled text control bound to a path of the edited snapshot ("data.title"). */
export function TextField({ label, path, value, onChange, errors, multiline, lang }: Props) {
  const aria = describedBy(path, errors);
  const className = inputClass();
  return (
    <div className="space-y-1">
      <label htmlFor={aria.id} className="block font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea {...aria} lang={lang} rows={4} value={value} onChange={(e) => onChange(e.target.value)} className={className} />
      ) : (
        <input {...aria} lang={lang} type="text" value={value} onChange={(e) => onChange(e.target.value)} className={className} />
      )}
      <FieldError path={path} errors={errors} />
    </div>
  );
}
