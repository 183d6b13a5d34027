// CI's security gate: runs electronegativity over src/ and fails on any HIGH or MEDIUM finding.
// Usage: npx tsx scripts/electronegativity-gate.ts <path to the electronegativity binary>
// It is installed apart from the project (see .ci/run). It exits 0 even when it finds something,
// so the verdict comes from its CSV report. PreloadJSCheck is excluded: it flags every use of a
// preload ("review the use of preload scripts"); ours exposes only the named functions built
// from the IPC channel map, which test/shared/ipc/api.test.ts proves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '#main/quotes/csv';

const bin = process.argv[2];
if (!bin) {
  console.error('usage: npx tsx scripts/electronegativity-gate.ts <electronegativity binary>');
  process.exit(2);
}
const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv');
const electron = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const run = spawnSync(bin, ['-i', 'src', '-o', report, '-r', '-v', 'false', '-e', electron, '-x', 'PreloadJSCheck', '-p', 'decoratorAutoAccessors,explicitResourceManagement'], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(`electronegativity failed to run (${run.status ?? run.signal}):\n${run.stderr}`);
  process.exit(1);
}

const rows = parseCsv(readFileSync(report, 'utf8'), ',').slice(1).map((row) => row.map((field) => field.trim())).filter(([issue = '']) => /^[A-Z_]+_CHECK$/.test(issue));
const blocking = rows.filter(([, severity]) => severity === 'HIGH' || severity === 'MEDIUM');
for (const [issue = '', severity = '', confidence = '', file = '', location = ''] of rows) console.log(`${severity.padEnd(6)} ${confidence.padEnd(9)} ${issue} ${file}:${location}`);
console.log(`electronegativity: ${rows.length} finding(s), ${blocking.length} HIGH or MEDIUM`);
process.exit(blocking.length ? 1 : 0);
