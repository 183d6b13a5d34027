import { resolve } from 'node:path';
import { isPlanFileName } from '../document/fileName';

/**
 * The plan files named in a launch's arguments, as absolute paths in the order given, each once.
 * `argv[0]` (the executable), flags and Chromium switches (`--inspect=…`, macOS's `-psn_…`) are
 * skipped, and so is anything not named like a plan (in development `argv[1]` is the app's
 * folder). Relative paths are resolved against `cwd`, the folder the launch was made from.
 */
export function planFilesInArgv(argv: readonly string[], cwd: string): string[] {
  const files = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isPlanFileName(arg))
    .map((arg) => resolve(cwd, arg));
  return [...new Set(files)];
}

/** Plan files the OS asked the app to open, held until the app can open them. */
export interface LaunchQueue {
  add(paths: readonly string[]): void;
  /**
   * Opens the files that waited, then each one added later, one at a time and in order (each
   * open looks at the windows the one before it left). `open` reports its own failures and never
   * rejects: a rejection would stop every open after it. Resolves once those that waited are open.
   */
  start(open: (path: string) => Promise<void>): Promise<void>;
}

/**
 * A queue for files that arrive before the app is ready: macOS sends `open-file` for a
 * double-clicked plan before `ready`, and nothing can be opened until the workspace has started.
 */
export function createLaunchQueue(): LaunchQueue {
  const waiting: string[] = [];
  let opener: ((path: string) => Promise<void>) | undefined;
  let turn = Promise.resolve();

  const enqueue = (open: (path: string) => Promise<void>, path: string): void => {
    turn = turn.then(() => open(path));
  };

  return {
    add(paths) {
      if (opener) for (const path of paths) enqueue(opener, path);
      else waiting.push(...paths);
    },
    start(open) {
      opener = open;
      for (const path of waiting.splice(0)) enqueue(open, path);
      return turn;
    },
  };
}
