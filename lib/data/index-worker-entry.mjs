// The file the index worker thread starts from (lib/data/index-worker-client.ts), as the catalogue
// worker's (catalogue-worker-entry.mjs): tsx's loader registered, "server-only" resolved to an
// empty module (this thread runs nothing but server code), then the TypeScript module loaded.
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

const serverOnlyHook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`);
registerTsx();
await import("./index-worker.ts");
