import { describe, expect, it } from 'vitest';
import type { GridCell, GridSheet } from '#main/quotes/grid';
import { mapOfSheet, vendorOfSheet } from '#main/quotes/mappingRecall';
import { parseQuoteSheets, type QuoteImport } from '#main/quotes/parseQuotes';

const text = (t: string): GridCell => (t === '' ? { kind: 'empty' } : { kind: 'text', text: t });
const sheet = (name: string, rows: string[][]): GridSheet => ({ name, rows: rows.map((r) => r.map(text)), merges: [] });

function read(vendors: readonly string[]): QuoteImport {
  const result = parseQuoteSheets([sheet('Bids', [['Vendor', 'Service', 'Price'], ...vendors.map((v) => [v, 'CAIO', '$1,000/mo'])])], { file: 'bids.xlsx' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('what a remembered mapping is kept with', () => {
  it('names the vendor of the sheet’s rows, each once, counting the rest beyond two', () => {
    expect(vendorOfSheet(read(['Acme AI', ' Acme AI ', 'Acme AI']), 'Bids', 'bids.xlsx')).toBe('Acme AI');
    expect(vendorOfSheet(read(['Acme AI', 'Beta Labs']), 'Bids', 'bids.xlsx')).toBe('Acme AI and Beta Labs');
    expect(vendorOfSheet(read(['Acme AI', 'Beta Labs', 'Cato', 'Dune']), 'Bids', 'bids.xlsx')).toBe('Acme AI, Beta Labs and 2 more');
  });

  it('names the file when no row names a vendor', () => {
    expect(vendorOfSheet(read(['', '']), 'Bids', 'bids.xlsx')).toBe('bids.xlsx');
  });

  it('keeps the sheet’s mapping by letter with every field named, a field read from no column as empty', () => {
    const map = mapOfSheet(read(['Acme AI']).mapping, 'Bids');
    expect(map).toMatchObject({ vendor: 'A', service: 'B', amount: 'C', currency: '', notes: '' });
    expect(Object.keys(map)).toHaveLength(13);
  });
});
