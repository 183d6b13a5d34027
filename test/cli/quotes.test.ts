import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, folderWith } from '#test/helpers/cli';
import { FIXTURES } from '#test/main/quotes/loadFixture';

/** A temporary folder holding copies of the named quote fixtures, plus any text files given. */
function folderWithFixtures(names: string[], files: Record<string, string> = {}): string {
  const dir = folderWith(files);
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

const QUOTE_KEYS = ['sheet', 'row', 'vendor', 'service', 'pricingModel', 'amount', 'currency', 'quantity', 'per', 'termMonths', 'minimumMonths', 'discountPct', 'start', 'notes', 'raw', 'errors'];

describe('leadsheet quotes', () => {
  it('prints { quotes, notices } with --json, each quote with product.md’s keys in order and absent values null', async () => {
    const run = await cli(['quotes', 'text-prices.xlsx', '--json'], folderWithFixtures(['text-prices.xlsx']));
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { quotes: Record<string, unknown>[]; notices: string[] };
    expect(Object.keys(out)).toEqual(['quotes', 'notices']);
    for (const q of out.quotes) expect(Object.keys(q)).toEqual(QUOTE_KEYS);
    expect(out.quotes[0]).toMatchObject({ sheet: 'Pricing', row: 4, vendor: 'Brightpath Consulting', pricingModel: 'retainer', amount: 9500, currency: 'USD', quantity: null, per: null, discountPct: null });
    expect(out.quotes.find((q) => q.row === 10)?.errors).toEqual([{ cell: 'Pricing!D10', message: '"call us" is not a price' }]);
  });

  it('matches the fixture’s expected quotes in --json, less the id and file', async () => {
    const run = await cli(['quotes', 'european.csv', '--json'], folderWithFixtures(['european.csv']));
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'european.expected.json'), 'utf8')) as { quotes: Record<string, unknown>[]; notices: string[] };
    const withoutIdAndFile = (q: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(q).filter(([key]) => key !== 'id' && key !== 'file'));
    expect(JSON.parse(run.stdout)).toEqual({ quotes: expected.quotes.map(withoutIdAndFile), notices: expected.notices });
  });

  it('prints a table of quotes, then each error with its cell and the notices; exit 0 though rows have errors', async () => {
    const run = await cli(['quotes', 'totals_and_blanks.csv'], folderWithFixtures(['totals_and_blanks.csv']));
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Columns of totals_and_blanks: vendor=A (Firm), service=B (Engagement), amount=C (Pricing), unit=D (Unit), quantity=E (Quantity), term=F (Term), notes=G (Notes)');
    expect(lines[2]).toMatch(/^row\s+vendor\s+service\s+model\s+amount\s+term\s+start\s+errors$/);
    expect(lines).toContain('totals_and_blanks!4   Orbital Advisory  Fractional AI officer           retainer   9,500 USD  12 mo');
    expect(run.stdout).toContain('6 quotes from totals_and_blanks.csv; 3 with errors');
    expect(run.stdout).toContain('Errors:\n  totals_and_blanks!C10: "call us" is not a price\n');
    expect(run.stdout).toContain('Notices:\n  totals_and_blanks row 7 skipped: a subtotal row\n  totals_and_blanks rows 8–9 skipped: blank\n  totals_and_blanks row 13 skipped: a total row\n');
  });

  it('reads only the sheet named with --sheet, and refuses a sheet that is not there', async () => {
    const dir = folderWithFixtures(['multi-sheet.xlsx']);
    const one = await cli(['quotes', 'multi-sheet.xlsx', '--sheet', 'Options', '--json'], dir);
    expect((JSON.parse(one.stdout) as { quotes: { sheet: string }[] }).quotes.map((q) => q.sheet)).toEqual(['Options']);
    const none = await cli(['quotes', 'multi-sheet.xlsx', '--sheet', 'Prices'], dir);
    expect(none).toEqual({ code: 1, stdout: '', stderr: "multi-sheet.xlsx: no sheet named 'Prices'; its sheets are 'Cover', 'Rate card', 'Options'\n" });
  });

  it('lets --map name a column the synonyms miss, by header text or letter', async () => {
    const csv = 'Firm,Offer,Monthly investment\nAcme,CAIO,"$9,500"\n';
    const dir = folderWith({ 'bids.csv': csv });
    const refused = await cli(['quotes', 'bids.csv'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('bids: no header row in the first 30 rows; expected at least two of: Vendor, Service');
    expect(refused.stderr).toContain('--map');
    const run = await cli(['quotes', 'bids.csv', '--map', 'vendor=Firm,amount=Monthly investment', '--map', 'service=B', '--json'], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { quotes: unknown[] }).quotes[0]).toMatchObject({ vendor: 'Acme', service: 'CAIO', amount: 9500, currency: 'USD' });
  });

  it('refuses a file that cannot be opened with its name and the reason, exit 1', async () => {
    const missing = await cli(['quotes', 'nope.xlsx'], folderWith());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^nope\.xlsx: .+\n$/);
    const broken = await cli(['quotes', 'broken.xlsx'], folderWith({ 'broken.xlsx': 'this is not a zip' }));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^broken\.xlsx: .+\n$/);
  });

  it('treats a missing file argument, a --map without = and an unknown field as usage errors, exit 2', async () => {
    const dir = folderWith({ 'q.csv': 'Vendor,Price\nA,1\n' });
    expect((await cli(['quotes'], dir)).code).toBe(2);
    const noEquals = await cli(['quotes', 'q.csv', '--map', 'amount'], dir);
    expect(noEquals.code).toBe(2);
    expect(noEquals.stderr).toContain("--map wants FIELD=COLUMN, got 'amount'");
    const unknown = await cli(['quotes', 'q.csv', '--map', 'colour=B'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--map: unknown field 'colour'; the fields are vendor, service, pricingModel, amount");
  });

  it('refuses a --map to a column the sheet does not have, exit 1', async () => {
    const run = await cli(['quotes', 'q.csv', '--map', 'currency=Ccy'], folderWith({ 'q.csv': 'Vendor,Price\nA,1\n' }));
    expect(run).toEqual({ code: 1, stdout: '', stderr: "q: no column 'Ccy' for currency\n" });
  });
});
