// What a worker thread of the data layer registers before it loads its TypeScript module (the
// catalogue worker, catalogue-worker-entry.mjs; the index worker, index-worker-entry.mjs): as the
// parse worker (lib/import/parse-worker-entry.mjs), tsx's loader. The data layer marks its modules
// "server-only", which throws outside React's server bundle; these threads run nothing but server
// code, so the marker resolves to an empty module here.
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

const serverOnlyHook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);
registerTsx();
