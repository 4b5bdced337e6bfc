"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { moveItem, removeItem, replaceItem } from "@/lib/editor/list-ops";
import { describedBy, FieldError } from "./field-error";
import { ItemControls } from "./item-controls";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";

type Props = {
  legend: string;
  /** Accessible name of one item: "Wiedza 3". */
  itemLabel: (n: number) => string;
  path: string;
  items: readonly string[];
  onChange: (items: string[]) => void;
  errors: Record<string, string[]>;
  lang?: string;
  /** More controls or marks for item i (provenance, move to another task…). */
  extra?: (index: number) => ReactNode;
};

/** A list of texts (knowledge items, duties, social competences…): edit, add, remove, reorder. */
export function TextListField({ legend, itemLabel, path, items, onChange, errors, lang, extra }: Props) {
  const t = useTranslations("editor.list");
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">{legend}</legend>
      <ol className="space-y-2">
        {items.map((text, i) => {
          const itemPath = `${path}.${i}`;
          const aria = describedBy(itemPath, errors);
          return (
            <li key={i} className="space-y-1">
              <div className="flex items-start gap-2">
                <textarea
                  {...aria}
                  aria-label={itemLabel(i + 1)}
                  lang={lang}
                  rows={2}
                  value={text}
                  onChange={(e) => onChange(replaceItem(items, i, e.target.value))}
                  className={inputClass()}
                />
                <ItemControls
                  index={i}
                  count={items.length}
                  label={itemLabel(i + 1)}
                  onMove={(to) => onChange(moveItem(items, i, to))}
                  onRemove={() => onChange(removeItem(items, i))}
                />
              </div>
              {extra ? extra(i) : null}
              <FieldError path={itemPath} errors={errors} />
            </li>
          );
        })}
      </ol>
      <FieldError path={path} errors={errors} />
      <Button variant="small" type="button" onClick={() => onChange([...items, ""])}>
        {t("add", { list: legend })}
      </Button>
    </fieldset>
  );
}
