import { Worker } from 'node:worker_threads';

/**
 * Loads tsx's hooks in the worker before its entry, so a TypeScript entry runs as it is (tests,
 * the CLI). `--import tsx` alone is not enough on Node 20: tsx registers itself only on the main
 * thread there. A built app's .js entry needs neither.
 */
function typescriptExecArgv(): string[] {
  const api = import.meta.resolve('tsx/esm/api');
  return ['--import', `data:text/javascript,import{register}from${JSON.stringify(api)};register();`];
}

/** Starts a worker thread at `url`: a built .js entry as it is, a .ts entry through tsx. */
export function startWorker(url: URL): Worker {
  return new Worker(url, url.pathname.endsWith('.ts') ? { execArgv: typescriptExecArgv() } : {});
}
