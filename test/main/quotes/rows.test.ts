import { describe, expect, it } from 'vitest';
import type { GridCell } from '#main/quotes/grid';
import { classifyRow, skipNotices } from '#main/quotes/rows';

const row = (...texts: string[]): GridCell[] => texts.map((text) => (text ? { kind: 'text', text } : { kind: 'empty' }));

describe('a row below the header', () => {
  it('is blank when it holds nothing but whitespace', () => {
    expect(classifyRow([])).toBe('blank');
    expect(classifyRow(row('', '  '))).toBe('blank');
  });

  it('is a total or subtotal when its first filled cell says so', () => {
    expect(classifyRow(row('Total', '', '$9,500'))).toBe('total');
    expect(classifyRow(row('', 'TOTAL (excl. VAT)', '$9,500'))).toBe('total');
    expect(classifyRow(row('Grand total'))).toBe('total');
    expect(classifyRow(row('Sub-total phase 1'))).toBe('subtotal');
    expect(classifyRow(row('Zwischensumme'))).toBe('subtotal');
  });

  it('is a quote when "total" opens a longer name or is not in the first cell', () => {
    expect(classifyRow(row('Total cost of ownership review', '$15,000'))).toBe('quote');
    expect(classifyRow(row('Acme', 'Total rewards review', '$15,000'))).toBe('quote');
    expect(classifyRow(row('Totally AI Ltd', 'CAIO'))).toBe('quote');
  });
});

describe('the notices for skipped rows', () => {
  it('name the sheet and row, and group neighbouring rows skipped for the same reason', () => {
    const notices = skipNotices('Pricing', [
      { row: 14, kind: 'total' },
      { row: 15, kind: 'blank' },
      { row: 16, kind: 'blank' },
      { row: 18, kind: 'subtotal' },
    ]);
    expect(notices).toEqual(['Pricing row 14 skipped: a total row', 'Pricing rows 15–16 skipped: blank', 'Pricing row 18 skipped: a subtotal row']);
  });
});
