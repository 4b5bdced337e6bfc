import { getTranslations, setRequestLocale } from "next-intl/server";
import { EndpointDoc } from "@/components/api-docs/endpoint-doc";
import { env } from "@/lib/env";
import { getOpenApiDocument } from "@/lib/openapi/document";
import { ENDPOINTS } from "@/lib/openapi/endpoints";

// Rendered per request like every page here: the layout's client components read the URL.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "apiDocs" });
  return { title: t("title") };
}

/** The human-readable API page: the rules, then every endpoint as the generated OpenAPI document describes it. */
export default async function ApiDocsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("apiDocs");
  const doc = getOpenApiDocument();
  const rules = ["ruleCodes", "ruleCache", "ruleCors", "ruleLimit", "ruleCsv", "ruleUnknown"] as const;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p>
          <a href="/api/v1/openapi.json" className="font-medium text-brand-800 underline underline-offset-2">
            {t("openapi")}
          </a>
        </p>
      </header>
      <section aria-labelledby="rules" className="space-y-2">
        <h2 id="rules" className="text-xl font-semibold">
          {t("rulesHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {rules.map((rule) => (
            <li key={rule}>{t(rule, { limit: env.API_RATE_LIMIT })}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-xl font-semibold">
          {t("endpointsHeading")}
        </h2>
        {ENDPOINTS.map((endpoint) => (
          <EndpointDoc key={endpoint.operationId} endpoint={endpoint} operation={(doc.paths[endpoint.path]?.get ?? {}) as { parameters?: unknown[] }} />
        ))}
      </section>
    </div>
  );
}
