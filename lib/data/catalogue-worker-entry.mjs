// The file the catalogue worker thread starts from (lib/data/catalogue-file.ts). As the parse
// worker (lib/import/parse-worker-entry.mjs) it registers tsx's loader, then loads the TypeScript
// module. The data layer marks its modules "server-only", which throws outside React's server
// bundle; this thread runs nothing but server code, so the marker resolves to an empty module here.
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

const serverOnlyHook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);
registerTsx();
await import("./catalogue-worker.ts");
