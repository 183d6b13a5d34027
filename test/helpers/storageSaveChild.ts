/**
 * Child of the kill test: saves two large plans over `file` in turn, forever, until killed.
 * Prints `ready` before the first save; the parent kills it at a random moment after that.
 * Usage: node --import tsx storageSaveChild.ts FILE MIN_BYTES
 */
import { readSnapshot } from '#main/storage/fileIdentity';
import { MAX_PLAN_FILE_BYTES } from '#main/storage/planFile';
import { savePlan } from '#main/storage/savePlan';
import { largePlan } from './storagePlans';

const [file, minBytes] = process.argv.slice(2);
if (!file || !minBytes) throw new Error('usage: storageSaveChild.ts FILE MIN_BYTES');
const plans = [largePlan(Number(minBytes), 'new'), largePlan(Number(minBytes), 'old')];
const start = await readSnapshot(file, MAX_PLAN_FILE_BYTES);
if (!start.ok) throw new Error(`cannot read ${file}: ${start.error.reason}`);
let identity = start.value.identity;
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const saved = await savePlan(file, plans[i % 2]!, identity);
  if (!saved.ok) {
    process.stderr.write(`${saved.error.message}\n`);
    process.exit(2);
  }
  identity = saved.value;
  process.stdout.write(`saved ${i + 1}\n`);
}
