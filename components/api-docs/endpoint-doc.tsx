import { getTranslations } from "next-intl/server";
import type { Endpoint } from "@/lib/openapi/endpoints";

type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> };

/** A parameter's values in a line: its enum, type, default, or the pattern it must match. */
function describeSchema(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.join(" | ") + (schema.default !== undefined ? ` (default ${String(schema.default)})` : "");
  const parts: string[] = [];
  if (typeof schema.type === "string") parts.push(schema.type);
  if (Array.isArray(schema.anyOf)) parts.push("string | string[]");
  if (typeof schema.pattern === "string") parts.push(schema.pattern);
  if (typeof schema.minimum === "number" && typeof schema.maximum === "number" && schema.maximum < 1e9) parts.push(`${schema.minimum}–${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  return parts.join(", ");
}

/** One endpoint as the OpenAPI document describes it: summary, parameters, responses, an example to open. */
export async function EndpointDoc({ endpoint, operation }: { endpoint: Endpoint; operation: { parameters?: unknown[] } }) {
  const t = await getTranslations("apiDocs");
  const parameters = (operation.parameters ?? []).filter((p): p is Parameter => typeof p === "object" && p !== null && "name" in p);
  const id = `op-${endpoint.operationId}`;
  return (
    <section aria-labelledby={id} className="space-y-2 rounded border border-slate-200 p-4">
      <h3 id={id} className="flex flex-wrap items-baseline gap-2 text-lg font-semibold">
        <span className="rounded bg-emerald-700 px-1.5 font-mono text-sm text-white">GET</span>
        <code className="break-all font-mono text-base">{endpoint.path}</code>
      </h3>
      <p lang="en" className="font-medium">
        {endpoint.summary}
      </p>
      {endpoint.description ? (
        <p lang="en" className="text-sm text-slate-700">
          {endpoint.description}
        </p>
      ) : null}
      {parameters.length > 0 ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${t("parameters")}: ${endpoint.path}`}>
          <table className="w-full border-collapse text-sm">
            <caption className="mb-1 text-left font-semibold">{t("parameters")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("paramName")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("paramIn")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("paramRequired")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("paramSchema")}
                </th>
                <th scope="col" className="py-1">
                  {t("paramDescription")}
                </th>
              </tr>
            </thead>
            <tbody>
              {parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">
                    {p.name}
                  </th>
                  <td className="py-1 pr-3">{p.in}</td>
                  <td className="py-1 pr-3">{p.required ? t("yes") : t("no")}</td>
                  <td className="break-all py-1 pr-3 font-mono text-xs">{describeSchema(p.schema)}</td>
                  <td lang="en" className="py-1">
                    {p.description ?? ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="text-sm">
        <span className="font-semibold">{t("responses")}:</span>{" "}
        <span lang="en">
          {Object.entries(endpoint.responses)
            .map(([status, r]) => `${status} ${r.description}${r.content ? ` (${Object.keys(r.content).join(", ")})` : ""}`)
            .join("; ")}
          ; 304; 429; 500
        </span>
      </p>
      <p className="text-sm">
        <span className="font-semibold">{t("example")}:</span>{" "}
        <a href={endpoint.example} className="break-all font-mono text-brand-800 underline underline-offset-2">
          {endpoint.example}
        </a>
      </p>
    </section>
  );
}
