// The file the catalogue worker thread starts from (lib/data/catalogue-file.ts): the loader of the
// data layer's worker threads first (server-worker-loader.mjs), then the TypeScript module.
import "./server-worker-loader.mjs";

await import("./catalogue-worker.ts");
