import { getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/ui/paragraphs";
import type { ParsedSubsection } from "@/lib/validation/document";

type Props = {
  summary?: string | null;
  synthesis: string | null;
  workDescription: string | null;
  /** Section 2 by the source's headings; [] when the profile has none (imported before them, or no section 2). Only section 2's are shown here. */
  subsections?: readonly ParsedSubsection[];
  contentLang: string;
};

/**
 * Section 2 of the source page ("Opis zawodu"): its lead sentence first, then every subsection
 * under the source's own heading, in the source's order (a part as h3, a heading inside it as h4).
 * A profile without subsections shows the synthesis and work description it has.
 */
export async function ProfileDescription({ summary = null, synthesis, workDescription, subsections: all = [], contentLang }: Props) {
  const t = await getTranslations("profile");
  const subsections = all.filter((s) => s.section === 2);
  if (subsections.length > 0 || summary) {
    return (
      <section aria-labelledby="profile-description" className="space-y-3" data-testid="profile-description">
        <h2 id="profile-description" className="text-xl font-semibold">
          {t("description")}
        </h2>
        {summary ? (
          <p lang={contentLang} className="text-lg" data-testid="profile-summary">
            {summary}
          </p>
        ) : null}
        <Subsections subsections={subsections} contentLang={contentLang} />
      </section>
    );
  }
  if (!synthesis && !workDescription) return null;
  return (
    <>
      {synthesis ? (
        <section aria-labelledby="profile-synthesis" className="space-y-2">
          <h2 id="profile-synthesis" className="text-xl font-semibold">
            {t("synthesis")}
          </h2>
          <Paragraphs text={synthesis} lang={contentLang} />
        </section>
      ) : null}
      {workDescription ? (
        <section aria-labelledby="profile-work-description" className="space-y-2">
          <h2 id="profile-work-description" className="text-xl font-semibold">
            {t("workDescription")}
          </h2>
          <Paragraphs text={workDescription} lang={contentLang} />
        </section>
      ) : null}
    </>
  );
}

/**
 * The page's sections 1 and 4–7 (`subsections` of those sections only, in order): each under its
 * numbered heading as the source has it ("4. Rynek pracy", an h2 like section 2's), its text, then
 * its subsections as section 2's are shown. The caller places sections before 2 above section 2 and
 * those after 3 below the tasks, so they read in the source's order.
 */
export async function ProfilePageSections({ subsections, contentLang }: { subsections: readonly ParsedSubsection[]; contentLang: string }) {
  const t = await getTranslations("profile");
  const numbers = [...new Set(subsections.map((s) => s.section))];
  return numbers.map((n) => {
    const own = subsections.filter((s) => s.section === n);
    const head = own.find((s) => s.level === 0);
    const id = `profile-section-${n}`;
    return (
      <section key={n} aria-labelledby={id} className="space-y-3" data-testid="profile-page-section">
        <h2 id={id} className="text-xl font-semibold" lang={head ? contentLang : undefined}>
          {head ? `${n}. ${head.heading}` : t("pageSection", { n })}
        </h2>
        {head?.text ? <SubsectionText text={head.text} lang={contentLang} /> : null}
        <Subsections subsections={own.filter((s) => s.level !== 0)} contentLang={contentLang} />
      </section>
    );
  });
}

/** Subsections under an h2: a part as h3, a heading inside it as h4. */
function Subsections({ subsections, contentLang }: { subsections: readonly ParsedSubsection[]; contentLang: string }) {
  return subsections.map((s, i) => (
    <div key={i} className={s.level === 2 ? "space-y-2 pl-4" : "space-y-2"} data-testid="profile-subsection">
      {/* A heading inside a part is an h4 under its part's h3; one before any part (an editor's order) stays an h3, so no level is skipped. */}
      {s.level === 2 && subsections.slice(0, i).some((p) => p.level === 1) ? (
        <h4 className="font-semibold" lang={contentLang}>
          {s.heading}
        </h4>
      ) : (
        <h3 className="text-lg font-semibold" lang={contentLang}>
          {s.heading}
        </h3>
      )}
      <SubsectionText text={s.text} lang={contentLang} />
    </div>
  ));
}

/** A subsection's text: a paragraph per line, a run of "• " lines as one list (the importer's convention). */
function SubsectionText({ text, lang }: { text: string; lang: string }) {
  const blocks: ({ kind: "p"; text: string } | { kind: "ul"; items: string[] })[] = [];
  for (const line of text.split(/\n+/u)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const item = trimmed.startsWith("•") ? trimmed.slice(1).trimStart() : undefined;
    const last = blocks.at(-1);
    if (item === undefined) blocks.push({ kind: "p", text: trimmed });
    else if (last?.kind === "ul") last.items.push(item);
    else blocks.push({ kind: "ul", items: [item] });
  }
  return (
    <div lang={lang} className="space-y-2">
      {blocks.map((b, i) =>
        b.kind === "p" ? (
          <p key={i}>{b.text}</p>
        ) : (
          <ul key={i} className="list-disc space-y-1 pl-6">
            {b.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
