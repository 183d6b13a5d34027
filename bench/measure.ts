import { Worker } from 'node:worker_threads';

/** Timings of repeated runs of one function, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly p95: number;
  readonly samples: readonly number[];
}

/**
 * Memory around one run, MB: growth of the JS heap plus external memory (typed arrays' backing
 * stores live there, not in heapUsed), growth of RSS to its peak, and the peak RSS.
 */
export interface Memory {
  readonly heapIncreaseMB: number;
  readonly rssIncreaseMB: number;
  readonly peakRssMB: number;
}

/** A goal a benchmark checks its figure against; `met` is decided by the benchmark. */
export interface Goal {
  /** The target as read, e.g. `≤ 15 ns/item-month`. */
  readonly target: string;
  readonly value: number;
  readonly digits: number;
  /** Printed right after the value, e.g. ` ns/item-month` or `×`. */
  readonly unit: string;
  readonly met: boolean;
}

/** What one benchmark module prints: a table, notes under it, and its goals for the summary. */
export interface BenchReport {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes: readonly string[];
  readonly goals: readonly Goal[];
}

/** The value at quantile q (0–1) of ascending-sorted samples, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Median, min and p95 of samples in ms. */
export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] ?? Number.NaN, p95: quantile(sorted, 0.95), samples };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; ms per run. */
export function time(fn: () => unknown, runs: number, warmup = 1): Timing {
  const samples: number[] = [];
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    samples.push(performance.now() - t0);
  }
  keep(sink);
  return summarise(samples);
}

/** Runs `fn` once and returns its value and the time it took in ms. */
export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** Holds the last result kept, so the JIT cannot drop the work that made it. */
const sink: { value: unknown } = { value: undefined };

/** Keeps a result reachable so the JIT cannot drop the work that made it. */
export function keep(value: unknown): void {
  sink.value = value;
}

/** Forces a full collection; the bench runs with --expose-gc, and says so when it does not. */
export function collect(): void {
  if (!globalThis.gc) throw new Error('run with node --expose-gc (npm run bench)');
  sink.value = undefined;
  globalThis.gc();
}

const MB = 1024 * 1024;

/**
 * Samples the process RSS every millisecond on a worker thread, so a peak reached inside a
 * synchronous run on the main thread is still seen. Kilobytes, in a shared Int32.
 */
const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData);
const tick = new Int32Array(new SharedArrayBuffer(4));
for (;;) {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(peak, 0)) Atomics.store(peak, 0, kb);
  Atomics.wait(tick, 0, 0, 1);
}
`;

let sampler: { worker: Worker; peak: Int32Array } | null = null;

/** Starts the RSS sampler thread (once); {@link peakMemory} starts it too, but a head start lets it settle. */
export function rssSampler(): { worker: Worker; peak: Int32Array } {
  if (!sampler) {
    const buffer = new SharedArrayBuffer(4);
    const worker = new Worker(SAMPLER, { eval: true, workerData: buffer, execArgv: [] });
    worker.unref();
    sampler = { worker, peak: new Int32Array(buffer) };
  }
  return sampler;
}

/** Stops the RSS sampler thread. */
export async function stopSampler(): Promise<void> {
  if (sampler) await sampler.worker.terminate();
  sampler = null;
}

/**
 * Runs `fn` (sync or async) once after a full GC and reports its time and memory: heapUsed and
 * RSS growth at the end of the run (its result still held, garbage not yet collected) and the
 * peak RSS the sampler thread saw during it.
 */
export async function peakMemory<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number; memory: Memory }> {
  const { peak } = rssSampler();
  // Typed arrays' backing stores are released after the collection that frees them; a second one settles the count.
  collect();
  await new Promise((resolve) => setTimeout(resolve, 10));
  collect();
  const before = process.memoryUsage();
  Atomics.store(peak, 0, Math.round(before.rss / 1024));
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const after = process.memoryUsage();
  const peakRss = Math.max(after.rss, Atomics.load(peak, 0) * 1024);
  return {
    value,
    ms,
    memory: {
      heapIncreaseMB: (after.heapUsed + after.external - before.heapUsed - before.external) / MB,
      rssIncreaseMB: (peakRss - before.rss) / MB,
      peakRssMB: peakRss / MB,
    },
  };
}

/** A number with `digits` decimals and thin grouping of thousands. */
export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A change with its sign: `+1.5`, `−0.3`. */
function signed(value: number): string {
  return value < 0 ? `−${fmt(-value)}` : `+${fmt(value)}`;
}

/** `12.3×`, or `–` when either side is missing. */
export function ratio(numerator: number, denominator: number, digits = 1): string {
  return denominator > 0 && Number.isFinite(numerator) ? `${fmt(numerator / denominator, digits)}×` : '–';
}

/** A memory figure as printed in tables: `heap+external +12.3 MB, RSS +40.0 MB, peak RSS 310 MB`. */
export function fmtMemory(memory: Memory): string {
  return `heap+external ${signed(memory.heapIncreaseMB)} MB, RSS ${signed(memory.rssIncreaseMB)} MB, peak RSS ${fmt(memory.peakRssMB, 0)} MB`;
}

/** Prints rows under a header; columns after the first are right-aligned. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Prints a benchmark's table and notes. */
export function printReport(report: BenchReport): void {
  console.log(`\n## ${report.title}\n`);
  printTable(report.header, report.rows);
  for (const note of report.notes) console.log(`  ${note}`);
}

/** The summary line of a goal: `goal ≤ 15 ns/item-month: 9.8 ✓`. */
export function goalLine(goal: Goal): string {
  return `goal ${goal.target}: ${fmt(goal.value, goal.digits)}${goal.unit} ${goal.met ? '✓' : '✗'}`;
}
