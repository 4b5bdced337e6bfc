// The file the index worker thread starts from (lib/data/index-worker-client.ts): the loader of the
// data layer's worker threads first (server-worker-loader.mjs), then the TypeScript module.
import "./server-worker-loader.mjs";

await import("./index-worker.ts");
