import { describe, expect, it } from 'vitest';
import type { GridCell } from '#main/quotes/grid';
import { formatKey, MAX_FORMAT_COLUMNS, sheetFormat } from '#main/quotes/sheetFormat';

const text = (t: string): GridCell => ({ kind: 'text', text: t });
const empty: GridCell = { kind: 'empty' };

describe('a sheet’s format, by its header texts', () => {
  it('trims each header, folds its case and its runs of spaces, and drops the blanks after the last header', () => {
    expect(sheetFormat([text('  Practice '), text('MONTHLY   Fee'), empty, text('Term\n(Months)'), empty, empty])).toEqual(['practice', 'monthly fee', '', 'term (months)']);
  });

  it('is the same for a template typed with other capitals and spacing, and another when a column is inserted or moved', () => {
    const march = formatKey(sheetFormat([text('Practice'), text('Monthly fee')]));
    expect(formatKey(sheetFormat([text('PRACTICE '), text('monthly  fee')]))).toBe(march);
    expect(formatKey(sheetFormat([empty, text('Practice'), text('Monthly fee')]))).not.toBe(march);
    expect(formatKey(sheetFormat([text('Monthly fee'), text('Practice')]))).not.toBe(march);
  });

  it('reads a number heading a column as its text, and knows a very wide sheet by its first columns', () => {
    expect(sheetFormat([text('Service'), { kind: 'number', value: 2027 }])).toEqual(['service', '2027']);
    expect(sheetFormat(Array.from({ length: MAX_FORMAT_COLUMNS + 50 }, (_, i) => text(`c${i}`)))).toHaveLength(MAX_FORMAT_COLUMNS);
  });
});
