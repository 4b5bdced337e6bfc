import { getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/ui/paragraphs";
import type { PositionRequirement, PositionSection } from "@/lib/validation/profile";

/** Requirements ("Білімі: жоғары техникалық") as label/value pairs, in the document's language. */
export async function PositionRequirements({ requirements, contentLang }: { requirements: PositionRequirement[]; contentLang: string }) {
  const t = await getTranslations("position");
  return (
    <section aria-labelledby="position-requirements" className="space-y-2">
      <h2 id="position-requirements" className="text-xl font-semibold">
        {t("requirements")}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]" lang={contentLang}>
        {requirements.map((r, i) => (
          <div key={i} className="contents">
            <dt className="font-semibold">{r.label}</dt>
            <dd className="mb-2 sm:mb-0">{r.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Duties in source order, numbered as the documents number them. */
export async function PositionDuties({ duties, contentLang }: { duties: string[]; contentLang: string }) {
  const t = await getTranslations("position");
  return (
    <section aria-labelledby="position-duties" className="space-y-2">
      <h2 id="position-duties" className="text-xl font-semibold">
        {t("duties")} <span className="text-base font-normal text-slate-700">({duties.length})</span>
      </h2>
      <ol className="list-decimal space-y-1 pl-7" lang={contentLang}>
        {duties.map((d, i) => (
          <li key={i} className="break-inside-avoid">
            {d}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * True when every duty already appears in a section (as an item or as the section's text): job
 * descriptions keep their duties under "Zakres obowiązków" headings, and showing them twice helps nobody.
 */
export function dutiesShownInSections(duties: string[], sections: PositionSection[]): boolean {
  const shown = new Set(sections.flatMap((s) => [...s.items, s.text]).map(comparable));
  return duties.length > 0 && duties.every((d) => shown.has(comparable(d)));
}

/** Duties lose their list punctuation on import ("…przełożonych"), section text keeps it ("…przełożonych."). */
function comparable(text: string): string {
  return text
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/(?<![\s.;,:])[\s.;,:]+$/u, "")
    .toLowerCase();
}

/**
 * The document's sections in its own order, each with its number and heading as the form gives
 * them, running text and item list; a job description's irregular duties are marked as such.
 * A list made of duties is numbered as the duties are, so the numbers match across documents.
 */
export async function PositionSections({ sections, duties, contentLang }: { sections: PositionSection[]; duties: string[]; contentLang: string }) {
  const t = await getTranslations("position");
  const dutyNumber = new Map(duties.map((d, i) => [comparable(d), i + 1]));
  return (
    <section aria-labelledby="position-sections" className="space-y-4">
      <h2 id="position-sections" className="text-xl font-semibold">
        {t("sections")}
      </h2>
      {sections.map((s, i) => {
        const isDutyList = s.items.length > 0 && s.items.every((item) => dutyNumber.has(comparable(item)));
        const firstDuty = isDutyList ? dutyNumber.get(comparable(s.items[0] ?? "")) : undefined;
        return (
          <div key={i} className="space-y-1" data-field={s.field ?? undefined}>
            <h3 className="font-semibold" lang={contentLang}>
              {/* A real space, not a margin: the heading reads (and copies) as "4.2. Zakres …". */}
              {s.number ? <span className="tabular-nums">{s.number}. </span> : null}
              {s.heading}
            </h3>
            {s.field === "irregularDuties" ? (
              <p className="inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900" data-testid="irregular-duties">
                {t("irregularDuties")}
              </p>
            ) : null}
            {s.text ? <Paragraphs text={s.text} lang={contentLang} className="space-y-1" /> : null}
            {s.items.length > 0 ? (
              firstDuty !== undefined ? (
                <ol start={firstDuty} className="list-decimal space-y-1 pl-7" lang={contentLang}>
                  {s.items.map((item, j) => (
                    <li key={j} className="break-inside-avoid">
                      {item}
                    </li>
                  ))}
                </ol>
              ) : (
                <ul className="list-disc space-y-1 pl-6" lang={contentLang}>
                  {s.items.map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ul>
              )
            ) : null}
            {!s.text && s.items.length === 0 ? <p className="text-slate-700">{t("emptySection")}</p> : null}
          </div>
        );
      })}
    </section>
  );
}
