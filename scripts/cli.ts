import { describeCause, exitCodeOf, toAppError } from "../lib/errors";

/**
 * Runs a script's main: an error it throws is printed as one line and ends the process with its
 * exit code (lib/errors.ts exitCodeOf: 2 usage, 69 database not available, 70 internal, 1 otherwise).
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const appError = toAppError(error);
    console.error(
      appError.code === "internal" ? describeCause(error) : appError.cause ? `${appError.message} (${describeCause(appError.cause)})` : appError.message,
    );
    process.exitCode = exitCodeOf(appError);
  });
}
