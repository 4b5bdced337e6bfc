import { ImportError } from "@/lib/import/errors";

/** The ImportError a call throws; fails the test when it returns or throws anything else. */
export function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}
