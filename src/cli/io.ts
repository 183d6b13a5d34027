/** What a command needs from the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today as `YYYY-MM-DD`: the core takes the date as data, never from a clock. */
  readonly today: string;
  readonly cwd: string;
}

/** Exit codes of product.md: 0 success, 1 invalid input, 2 usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how the command was called: printed with the usage line, exit code 2. */
export class UsageError extends Error {}

/** Input the command cannot use (a bad file, an unknown template): printed as is, exit code 1. */
export class InputError extends Error {}
