import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a measured child process reports: wall seconds of the measured part and the process's peak RSS. */
export interface TaskFigures {
  readonly seconds: number;
  readonly peakMB: number;
  readonly [key: string]: number;
}

/**
 * Runs `bench/tasks/<task>.ts` in a fresh Node process, so its peak RSS is its own and not the
 * leftovers of the benchmarks before it, and reads the JSON line it prints last.
 */
export function runTask(task: string, args: readonly string[] = []): TaskFigures {
  const script = fileURLToPath(new URL(`./tasks/${task}.ts`, import.meta.url));
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 900_000, maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench task ${task} failed (${child.status ?? child.signal}): ${child.stderr.slice(-2000)}`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(last) as TaskFigures;
}

/** Prints the figures of a task as its last line, with the process's peak RSS (a fresh process's own). */
export function report(seconds: number, extra: Record<string, number> = {}): void {
  console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024, ...extra }));
}
