import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Quote } from '#shared/model';
import { defaultPlan } from '#shared/templates';
import type { SheetColumnDto } from '../../../../src/renderer/views/quotes/quoteColumns';
import { cellCopyText, cellValue, quoteRows } from '../../../../src/renderer/views/quotes/quoteRows';

const quotes = (JSON.parse(readFileSync('test/fixtures/quotes/northwind-rate-card.expected.json', 'utf8')) as { quotes: Quote[] }).quotes;
const LETTERS = 'ABCDEFGHIJK';
const FIELDS = ['vendor', 'service', 'pricingModel', 'amount', 'currency', 'quantity', 'term', 'minimumTerm', 'discount', 'start', 'notes'] as const;
const mapping: SheetColumnDto[] = FIELDS.map((field, i) => ({ sheet: 'Rate card', field, column: LETTERS[i]!, header: Object.keys(quotes[0]!.raw)[i]! }));
const rows = quoteRows(quotes, mapping, defaultPlan('2027-01').settings);
const rowAt = (n: number): (typeof rows)[number] => rows.find((r) => r.quote.row === n)!;

describe('a quote cell as the status line counts it and copy writes it', () => {
  it('counts numeric columns as their numbers, not the text shown', () => {
    const caio = rowAt(5).quote;
    expect([cellValue(caio, 'amount'), cellValue(caio, 'term'), cellValue(caio, 'minimumTerm'), cellValue(caio, 'discount')]).toEqual([9500, 12, 6, 10]);
    expect(cellValue(rowAt(6).quote, 'quantity')).toBe(20);
  });

  it('counts words as text and an empty cell as nothing', () => {
    const caio = rowAt(5).quote;
    expect(cellValue(caio, 'vendor')).toBe('Northwind Analytics');
    expect(cellValue(caio, 'pricingModel')).toBe('Retainer');
    expect(cellValue(caio, 'quantity')).toBeNull();
  });

  it('copies numbers plain for Excel: no grouping, no unit, a discount as a percentage', () => {
    const caio = rowAt(5);
    expect(['amount', 'term', 'discount', 'currency', 'service'].map((c) => cellCopyText(caio, c as 'amount'))).toEqual(['9500', '12', '10%', 'USD', 'Fractional Chief AI Officer']);
    expect(cellCopyText(rowAt(6), 'quantity')).toBe('20');
    expect(cellCopyText(caio, 'quantity')).toBe('');
  });

  it('copies what the vendor wrote in a cell that could not be read', () => {
    const broken = rowAt(9);
    expect(broken.errors.amount?.length).toBe(1);
    expect(cellValue(broken.quote, 'amount')).toBeNull();
    expect(cellCopyText(broken, 'amount')).toBe('#N/A');
  });
});
