import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quote } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import { cellPlace, fieldColumns, fieldOfError, mappingChanged, mapRequest, sheetColumns, type SheetColumnDto } from '../../../../src/renderer/views/quotes/quoteColumns';
import { cellText, quoteRows, sourceCell } from '../../../../src/renderer/views/quotes/quoteRows';

const quotes = (JSON.parse(readFileSync('test/fixtures/quotes/northwind-rate-card.expected.json', 'utf8')) as { quotes: Quote[] }).quotes;
const LETTERS = 'ABCDEFGHIJK';
const FIELDS = ['vendor', 'service', 'pricingModel', 'amount', 'currency', 'quantity', 'term', 'minimumTerm', 'discount', 'start', 'notes'] as const;
const mapping: SheetColumnDto[] = FIELDS.map((field, i) => ({ sheet: 'Rate card', field, column: LETTERS[i]!, header: Object.keys(quotes[0]!.raw)[i]! }));

describe('the columns a field can be read from', () => {
  it('lists every column of the sheet by letter and header, from the quotes’ cells', () => {
    expect(sheetColumns(quotes, mapping, 'Rate card').map((c) => `${c.letter} ${c.header}`)).toEqual([
      'A Supplier',
      'B Role',
      'C Billing basis',
      'D Rate',
      'E Ccy',
      'F Hours / week',
      'G Contract length (months)',
      'H Min. term',
      'I Disc.',
      'J Available from',
      'K Comments',
    ]);
  });

  it('shows a column without a header by its letter alone, and a repeated header without its letter', () => {
    const quote = { ...quotes[0]!, raw: { Vendor: 'x', B: '', Price: '1', 'Price (D)': '2' } };
    expect(sheetColumns([quote], [], 'Rate card')).toEqual([
      { letter: 'A', header: 'Vendor' },
      { letter: 'B', header: '' },
      { letter: 'C', header: 'Price' },
      { letter: 'D', header: 'Price' },
    ]);
  });
});

describe('a corrected mapping, as the request to read the file again', () => {
  it('names every field, by letter, and unread fields as empty, so earlier corrections are kept', () => {
    const detected = fieldColumns(mapping, 'Rate card');
    const edited = { ...detected, term: 'H', minimumTerm: '' };
    expect(mappingChanged(detected, edited)).toBe(true);
    expect(mapRequest(edited)).toEqual({
      ok: true,
      value: { vendor: 'A', service: 'B', pricingModel: 'C', amount: 'D', currency: 'E', unit: '', quantity: 'F', per: '', term: 'H', minimumTerm: '', discount: 'I', start: 'J', notes: 'K' },
    });
  });

  it('refuses two fields read from one column, naming both', () => {
    const edited = { ...fieldColumns(mapping, 'Rate card'), term: 'H' };
    expect(mapRequest(edited)).toEqual({ ok: false, error: 'Column H is chosen for both Term and Minimum term: a column can feed one field' });
  });

  it('sees no change in the mapping the quotes were read with', () => {
    const detected = fieldColumns(mapping, 'Rate card');
    expect(mappingChanged(detected, { ...detected })).toBe(false);
  });
});

describe('errors at their cells', () => {
  it('reads a cell reference, quoted sheet names included', () => {
    expect(cellPlace("'Rate card'!D9")).toEqual({ sheet: 'Rate card', column: 'D', row: 9 });
    expect(cellPlace('Pricing!AB10')).toEqual({ sheet: 'Pricing', column: 'AB', row: 10 });
    expect(cellPlace("'It''s'!C3")).toEqual({ sheet: "It's", column: 'C', row: 3 });
    expect(cellPlace('no cell')).toBeNull();
  });

  it('finds the field an error’s cell was read for, and puts the error in that grid column with what the cell held', () => {
    expect(fieldOfError("'Rate card'!D9", mapping)).toBe('amount');
    const rows = quoteRows(quotes, mapping, defaultPlan('2027-01').settings);
    const fabrikam = rows.find((r) => r.quote.row === 9)!;
    expect(fabrikam.errors).toEqual({ amount: [{ cell: "'Rate card'!D9", message: '"#N/A" is not a price', raw: '#N/A' }] });
    expect(fabrikam.source).toBe("'Rate card'!D9");
    expect(fabrikam.problems).toHaveLength(1);
    expect(rows.find((r) => r.quote.row === 5)!.problems).toEqual([]);
  });

  it('names each cell’s source in the vendor’s sheet and shows values as a reader expects', () => {
    const caio = quotes.find((q) => q.row === 5)!;
    expect(sourceCell(caio, mapping, 'term')).toBe("'Rate card'!G5");
    expect(sourceCell(caio, mapping, 'quantity')).toBe("'Rate card'!F5");
    expect([cellText(caio, 'amount'), cellText(caio, 'term'), cellText(caio, 'discount'), cellText(caio, 'pricingModel')]).toEqual(['9,500', '12 mo', '10%', 'Retainer']);
    expect(cellText(quotes.find((q) => q.row === 6)!, 'quantity')).toBe('20 / week');
  });
});
