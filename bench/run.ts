import os from 'node:os';
import { bombBench } from './bomb';
import { editBench, fullRecalcBench, monteCarloBench } from './core';
import { ipcBench } from './ipc';
import { quotesBench } from './quotes';
import { rendererBench } from './renderer';
import { workbookBench } from './workbook';
import { goalLine, printReport, rssSampler, stopSampler, type BenchReport, type Goal } from './measure';

/** One benchmark module's entry: later modules (export/import, IPC round trips) add theirs to {@link BENCHMARKS}. */
export interface Benchmark {
  readonly name: string;
  run(): Promise<BenchReport>;
}

/** Every benchmark, run in this order. */
export const BENCHMARKS: readonly Benchmark[] = [
  { name: 'full recalculation', run: fullRecalcBench },
  { name: 'one edit', run: editBench },
  { name: 'Monte Carlo', run: monteCarloBench },
  { name: 'Excel export and import', run: workbookBench },
  { name: 'vendor quotes', run: quotesBench },
  { name: 'zip bomb', run: bombBench },
  { name: 'IPC round trip', run: ipcBench },
  { name: 'renderer', run: rendererBench },
];

async function main(): Promise<void> {
  const cpus = os.cpus();
  const started = performance.now();
  rssSampler();
  console.log('# Leadsheet benchmarks');
  console.log(`node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB`);
  console.log('Figures are wall time on this machine; each is compared with a peer measured in the same run. Nothing here asserts on time.');
  const goals: Goal[] = [];
  for (const bench of BENCHMARKS) {
    try {
      const report = await bench.run();
      printReport(report);
      goals.push(...report.goals);
    } catch (e) {
      console.log(`\n## ${bench.name}: failed\n  ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exitCode = 1;
    }
  }
  await stopSampler();
  console.log('\n## Goals\n');
  for (const goal of goals) console.log(goalLine(goal));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
}

await main();
