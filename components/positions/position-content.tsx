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

/** The document's other sections, each with its heading, running text and item list. */
export async function PositionSections({ sections, contentLang }: { sections: PositionSection[]; contentLang: string }) {
  const t = await getTranslations("position");
  return (
    <section aria-labelledby="position-sections" className="space-y-4">
      <h2 id="position-sections" className="text-xl font-semibold">
        {t("sections")}
      </h2>
      {sections.map((s, i) => (
        <div key={i} className="break-inside-avoid space-y-1" lang={contentLang}>
          <h3 className="font-semibold">{s.heading}</h3>
          {s.text ? <Paragraphs text={s.text} lang={contentLang} className="space-y-1" /> : null}
          {s.items.length > 0 ? (
            <ul className="list-disc space-y-1 pl-6">
              {s.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </section>
  );
}
