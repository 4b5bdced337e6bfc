import { getTranslations } from "next-intl/server";

/**
 * The profile's source was cut off mid-way (issue 16.7): what was whole was imported, nothing
 * invented; the reader is told where the source ends, so a missing task or item is not read as "none".
 */
export async function SourceIncomplete({ at, contentLang }: { at: string; contentLang: string }) {
  const t = await getTranslations("profile");
  return (
    <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900" role="note" data-testid="source-incomplete">
      {t.rich("sourceIncomplete", { at, place: (chunks) => <span lang={contentLang}>{chunks}</span> })}
    </p>
  );
}
