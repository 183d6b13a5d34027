import { describe, expect, it } from 'vitest';
import { cellRef, type GridCell, type GridSheet } from '#main/quotes/grid';
import { parseQuoteSheets } from '#main/quotes/parseQuotes';

const cell = (v: string | number | null): GridCell => (v === null || v === '' ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', text: v });
const sheet = (name: string, rows: (string | number | null)[][], merges: GridSheet['merges'] = []): GridSheet => ({ name, rows: rows.map((r) => r.map(cell)), merges });

const PRICING = sheet('Pricing', [
  ['Vendor', 'Service', 'Monthly investment', 'Price'],
  ['Acme', 'CAIO', '$9,500/mo', 'see C'],
]);

describe('reading quotes from sheets', () => {
  it('gives each quote a stable id, its file, sheet and 1-based row', () => {
    const result = parseQuoteSheets([sheet('Pricing', [['Vendor', 'Price'], ['Acme', '$1,000/mo']])], { file: 'acme.xlsx' });
    expect(result.ok && result.value.quotes[0]).toMatchObject({ id: 'Pricing!2', file: 'acme.xlsx', sheet: 'Pricing', row: 2, vendor: 'Acme', amount: 1000 });
  });

  it('keeps a row with errors, with its raw cells, and names the cell', () => {
    const result = parseQuoteSheets([sheet('Pricing', [['Vendor', 'Price', 'Start'], ['Acme', 'call us', 'soon']])], { file: 'q.xlsx' });
    expect(result.ok && result.value.quotes[0]).toMatchObject({
      amount: null,
      raw: { Vendor: 'Acme', Price: 'call us', Start: 'soon' },
      errors: [
        { cell: 'Pricing!B2', message: '"call us" is not a price' },
        { cell: 'Pricing!C2', message: '"soon" is not a month' },
      ],
    });
  });

  it('quotes a sheet name with spaces in a cell reference, as Excel does', () => {
    expect(cellRef('Rate card', 9, 3)).toBe("'Rate card'!D10");
    expect(cellRef("Bob's", 0, 0)).toBe("'Bob''s'!A1");
    expect(cellRef('Pricing', 0, 27)).toBe('Pricing!AB1');
  });

  it('lets the caller map a column the synonyms do not know', () => {
    const auto = parseQuoteSheets([PRICING], { file: 'q.xlsx' });
    expect(auto.ok && auto.value.quotes[0]?.errors).toEqual([{ cell: 'Pricing!D2', message: '"see C" is not a price' }]);
    const mapped = parseQuoteSheets([PRICING], { file: 'q.xlsx', map: { amount: 'Monthly investment' } });
    expect(mapped.ok && mapped.value.quotes[0]).toMatchObject({ amount: 9500, pricingModel: 'retainer', errors: [] });
    expect(mapped.ok && mapped.value.mapping.find((m) => m.field === 'amount')).toEqual({ sheet: 'Pricing', field: 'amount', column: 'C', header: 'Monthly investment' });
  });

  it('finds a header by the caller’s mapped names when the synonyms find none', () => {
    const odd = sheet('Bids', [['Firm', 'Monthly investment'], ['Acme', '9500']]);
    expect(parseQuoteSheets([odd], { file: 'b.csv' }).ok).toBe(false);
    const mapped = parseQuoteSheets([odd], { file: 'b.csv', map: { vendor: 'Firm', amount: 'Monthly investment' } });
    expect(mapped.ok && mapped.value.quotes[0]).toMatchObject({ vendor: 'Acme', amount: 9500 });
  });

  it('reads one sheet by name, and refuses an unknown one listing the sheets', () => {
    const other = sheet('Options', [['Vendor', 'Price'], ['Beta', '$5']]);
    const one = parseQuoteSheets([PRICING, other], { file: 'q.xlsx', sheet: 'options' });
    expect(one.ok && one.value.quotes.map((q) => q.vendor)).toEqual(['Beta']);
    expect(parseQuoteSheets([PRICING, other], { file: 'q.xlsx', sheet: 'Rates' })).toEqual({
      ok: false,
      error: { kind: 'no-such-sheet', message: "q.xlsx: no sheet named 'Rates'; its sheets are 'Pricing', 'Options'" },
    });
  });

  it('refuses a sheet with no header, naming it and the headers expected', () => {
    const result = parseQuoteSheets([sheet('Notes', [['Thank you for the opportunity'], ['Regards']])], { file: 'n.xlsx' });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'no-header',
        message: 'Notes: no header row in the first 30 rows; expected at least two of: Vendor, Service, Pricing model, Price, Currency, Unit, Quantity, Per, Term, Minimum term, Discount, Start, Notes',
      },
    });
  });

  it('refuses a mapping to a column that is not there', () => {
    expect(parseQuoteSheets([PRICING], { file: 'q.xlsx', map: { currency: 'Ccy' } })).toEqual({ ok: false, error: { kind: 'bad-map', message: "Pricing: no column 'Ccy' for currency" } });
  });

  it('repeats a vendor merged down several rows on each of them', () => {
    const merged = sheet('S', [['Vendor', 'Price'], ['Acme', '$1/hr'], [null, '$2/hr']], [{ top: 1, left: 0, bottom: 2, right: 0 }]);
    const result = parseQuoteSheets([merged], { file: 'm.xlsx' });
    expect(result.ok && result.value.quotes.map((q) => q.vendor)).toEqual(['Acme', 'Acme']);
  });

  it('reads the price header’s currency and unit as the default for every row', () => {
    const s = sheet('S', [['Vendor', 'Day rate (EUR)'], ['Acme', 1100], ['Beta', '$900']]);
    const result = parseQuoteSheets([s], { file: 's.xlsx' });
    expect(result.ok && result.value.quotes.map((q) => [q.pricingModel, q.amount, q.currency, q.errors.length])).toEqual([
      ['daily', 1100, 'EUR', 0],
      // The cell's own $ is more specific than the header, but the disagreement is reported.
      ['daily', 900, 'USD', 1],
    ]);
  });

  it('reads a term column’s unit from its header', () => {
    const s = sheet('S', [['Vendor', 'Price', 'Term (years)', 'Min. term'], ['Acme', '$1/mo', 2, '6 mo']]);
    const result = parseQuoteSheets([s], { file: 's.xlsx' });
    expect(result.ok && result.value.quotes[0]).toMatchObject({ termMonths: 24, minimumMonths: 6 });
  });

  it('keys raw by header, and by letter for a cell beyond the headed columns', () => {
    const s = sheet('S', [['Vendor', 'Price', 'Price'], ['Acme', '$1/mo', '$2/mo', 'stray']]);
    const result = parseQuoteSheets([s], { file: 's.xlsx' });
    expect(result.ok && result.value.quotes[0]?.raw).toEqual({ Vendor: 'Acme', Price: '$1/mo', 'Price (C)': '$2/mo', D: 'stray' });
  });

  it('says so when a sheet has no price column', () => {
    const result = parseQuoteSheets([sheet('S', [['Vendor', 'Service'], ['Acme', 'CAIO']])], { file: 's.xlsx' });
    expect(result.ok && result.value.notices).toEqual(['S: no price column (a header such as Price, Rate, Fee or Amount)']);
  });
});

describe('reading quotes with a column mapping remembered for a sheet’s headers', () => {
  const ACME = sheet('Proposal', [
    ['Acme AI: proposal'],
    ['Practice', 'Service', 'Monthly fee'],
    ['Acme AI', 'CAIO', '$9,500/mo'],
  ]);
  const OTHER = sheet('Other', [
    ['Firm', 'Service', 'Rate'],
    ['Beta', 'Audit', '$1,000/mo'],
  ]);
  const vendorInA = { vendor: 'A', service: 'B', amount: 'C' };
  const recall = (headers: readonly string[]): Record<string, string> | undefined => (headers.join('|') === 'practice|service|monthly fee' ? vendorInA : undefined);

  it('maps a sheet whose headers match as remembered, leaves the others to detection, and says which is which', () => {
    const result = parseQuoteSheets([ACME, OTHER], { file: 'q.xlsx', recall });
    expect(result.ok && result.value.quotes.map((q) => q.vendor)).toEqual(['Acme AI', 'Beta']);
    expect(result.ok && result.value.formats).toEqual([
      { sheet: 'Proposal', headers: ['practice', 'service', 'monthly fee'], mappedBy: 'recalled' },
      { sheet: 'Other', headers: ['firm', 'service', 'rate'], mappedBy: 'detected' },
    ]);
  });

  it('lets the caller’s map win over a remembered one', () => {
    const result = parseQuoteSheets([ACME], { file: 'q.xlsx', map: { vendor: '' }, recall });
    expect(result.ok && result.value.quotes[0]?.vendor).toBeNull();
    expect(result.ok && result.value.formats[0]?.mappedBy).toBe('detected');
    const given = parseQuoteSheets([ACME], { file: 'q.xlsx', map: { vendor: 'A', notes: 'B', service: '' } });
    expect(given.ok && given.value.formats[0]?.mappedBy).toBe('given');
  });

  it('reads a sheet by detection when its remembered map names a column it does not have, rather than refusing the file', () => {
    const result = parseQuoteSheets([ACME], { file: 'q.xlsx', recall: () => ({ vendor: 'ZZ' }) });
    expect(result.ok && result.value.formats[0]?.mappedBy).toBe('detected');
    expect(result.ok && result.value.mapping.map((m) => m.field)).toEqual(['service', 'amount']);
  });
});
