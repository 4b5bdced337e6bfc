// The file a parse worker thread starts from (lib/import/parse-pool.ts). The project's code is
// TypeScript, run by tsx everywhere outside Next's bundle (the CLI, `npm start`'s server process,
// the tests), so the worker registers tsx's loader itself and then loads the worker module; it then
// runs the same way under `tsx`, `node --import tsx`, vitest and the Next server.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");
