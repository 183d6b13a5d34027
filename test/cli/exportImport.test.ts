import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '#shared/model';
import { cli, folderWith } from '#test/helpers/cli';
import { parseCsv } from '#main/quotes/csv';

async function planFolder(): Promise<string> {
  const dir = folderWith();
  expect((await cli(['new', '--out', 'plan.leadsheet', '--start', '2027-01'], dir)).code).toBe(0);
  return dir;
}

describe('leadsheet export and import', () => {
  it('exports a workbook and imports it back into the same plan', async () => {
    const dir = await planFolder();
    expect(await cli(['export', 'plan.leadsheet', '--out', 'plan.xlsx'], dir)).toEqual({ code: 0, stdout: 'wrote plan.xlsx\n', stderr: '' });
    const run = await cli(['import', 'plan.xlsx', '--out', 'back.leadsheet'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const original = parsePlanText(readFileSync(join(dir, 'plan.leadsheet'), 'utf8'));
    const back = parsePlanText(readFileSync(join(dir, 'back.leadsheet'), 'utf8'));
    expect(back.ok && original.ok && back.value).toEqual(original.ok && original.value);
  });

  it('refuses to import over an existing plan unless --force is given', async () => {
    const dir = await planFolder();
    expect((await cli(['export', 'plan.leadsheet', '--out', 'plan.xlsx'], dir)).code).toBe(0);
    expect(await cli(['import', 'plan.xlsx', '--out', 'plan.leadsheet'], dir)).toMatchObject({ code: 1, stderr: 'plan.leadsheet already exists; pass --force to replace it\n' });
    expect((await cli(['import', 'plan.xlsx', '--out', 'plan.leadsheet', '--force'], dir)).code).toBe(0);
  });

  it('exports the timeline as CSV with --out OUT.csv', async () => {
    const dir = await planFolder();
    expect((await cli(['export', 'plan.leadsheet', '--out', 'timeline.csv'], dir)).code).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, 'timeline.csv'), 'utf8'), ',');
    expect(rows[0]!.slice(0, 4)).toEqual(['Scenario', 'Item', 'Kind', '2027-01']);
    expect(rows.find((r) => r[0] === 'Fractional AI officer only' && r[1] === 'Total')!.at(-1)).toBe('144000');
  });

  it('refuses an output that is neither .xlsx nor .csv as a usage error', async () => {
    const dir = await planFolder();
    const run = await cli(['export', 'plan.leadsheet', '--out', 'plan.pdf'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--out must end in \.xlsx or \.csv/);
  });

  it('refuses to import a workbook Leadsheet did not export, pointing to leadsheet quotes', async () => {
    const dir = await planFolder();
    writeFileSync(join(dir, 'quote.csv'), 'Vendor,Price\nAcme,"$9,500/mo"\n');
    const run = await cli(['import', 'quote.csv', '--out', 'x.leadsheet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/leadsheet quotes quote\.csv/);
  });

  it('refuses a file that is not a spreadsheet with its reason and exit code 1', async () => {
    const dir = await planFolder();
    writeFileSync(join(dir, 'random.xlsx'), Buffer.from([1, 2, 3, 4, 5, 250, 251, 252, 0, 0, 17]));
    const run = await cli(['import', 'random.xlsx', '--out', 'x.leadsheet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^random\.xlsx: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
