import { getTranslations } from "next-intl/server";
import { PublicClientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/link";
import type { TransitionsSummary } from "@/lib/validation/match";
import { CoveredOccupations } from "./covered-occupations";
import { COVERED_OCCUPATIONS_KEYS } from "./requirement-groups";

/**
 * Career transitions on an occupation page: the nearest occupations by shared knowledge and skills,
 * what is shared and what is to learn. The page passes the data as a promise (streamed in <Suspense>).
 */
export async function CareerTransitions({ code, transitions: pending }: { code: string; transitions: Promise<TransitionsSummary | null> }) {
  const [t, transitions] = await Promise.all([getTranslations("match"), pending]);
  if (!transitions) return null;
  return (
    <section aria-labelledby="transitions" className="no-print space-y-2">
      <h2 id="transitions" className="text-xl font-semibold">
        {t("transitionsHeading")}
      </h2>
      <p className="text-slate-700">{t("transitionsIntro")}</p>
      {transitions.items.length === 0 ? (
        <p>{t("transitionsNone")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t("transitionsMethod", { count: transitions.ownCount })} {t("transitionsTotal", { count: transitions.total })}
          </p>
          {/* Only the list's and its disclosures' messages of "match": the whole namespace was 4 kB of the profile page's 95 kB RSC payload. */}
          <PublicClientMessages pick={{ match: COVERED_OCCUPATIONS_KEYS }}>
            <CoveredOccupations
              items={transitions.items}
              labels={{ covered: "shared", missing: "toLearn", coverage: "sharedOf" }}
              gap={{ source: `/api/v1/occupations/${code}/transitions?to={code}`, view: `/match/{code}?from=${code}` }}
            />
          </PublicClientMessages>
        </>
      )}
      <p className="text-sm">
        <Link href="/match" className="text-brand-800 underline">
          {t("tryMatch")}
        </Link>
      </p>
    </section>
  );
}
