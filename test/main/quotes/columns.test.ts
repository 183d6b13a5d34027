import { describe, expect, it } from 'vitest';
import { fieldNamed, fieldOfHeader, mapColumns } from '#main/quotes/columns';
import type { GridCell } from '#main/quotes/grid';

const row = (...texts: string[]): GridCell[] => texts.map((text) => (text ? { kind: 'text', text } : { kind: 'empty' }));

describe('a column header', () => {
  it('names its field through the usual synonyms', () => {
    const cases: Record<string, string> = {
      Provider: 'vendor', Vendor: 'vendor', Supplier: 'vendor', Price: 'amount', Rate: 'amount', Fee: 'amount', Amount: 'amount',
      Ccy: 'currency', Currency: 'currency', 'Billing basis': 'pricingModel', 'Pricing model': 'pricingModel', Qty: 'quantity', Hours: 'quantity',
      Days: 'quantity', Term: 'term', Duration: 'term', 'Min. term': 'minimumTerm', Discount: 'discount', Start: 'start', Notes: 'notes', Comments: 'notes',
    };
    for (const [header, field] of Object.entries(cases)) expect(fieldOfHeader(header), header).toBe(field);
  });

  it('ignores case, punctuation, accents and parenthesised hints', () => {
    expect(fieldOfHeader('  PRICE (USD) ')).toBe('amount');
    expect(fieldOfHeader('Notes/Comments')).toBe('notes');
    expect(fieldOfHeader('Währung')).toBe('currency');
    expect(fieldOfHeader('Discount %')).toBe('discount');
  });

  it('prefers the longest name it holds, so a minimum term is not a term', () => {
    expect(fieldOfHeader('Minimum term (months)')).toBe('minimumTerm');
    expect(fieldOfHeader('Hourly rate')).toBe('amount');
    expect(fieldOfHeader('Rate type')).toBe('pricingModel');
    expect(fieldOfHeader('Unit price')).toBe('amount');
    expect(fieldOfHeader('Hours per week')).toBe('quantity');
  });

  it('names nothing when it is not a known column', () => {
    expect(fieldOfHeader('Seniority')).toBeNull();
    expect(fieldOfHeader('')).toBeNull();
  });
});

describe('the column mapping', () => {
  it('maps each field to the first column naming it', () => {
    const mapping = mapColumns(row('Vendor', 'Price', 'Cost', 'Notes'));
    expect(mapping.ok && mapping.value.map((m) => `${m.field}=${m.letter}:${m.header}`)).toEqual(['vendor=A:Vendor', 'amount=B:Price', 'notes=D:Notes']);
  });

  it('lets the caller’s override win, by header text or column letter', () => {
    const header = row('Vendor', 'Price', 'Monthly investment', 'Remarks');
    const byText = mapColumns(header, { amount: 'Monthly investment' });
    expect(byText.ok && byText.value.find((m) => m.field === 'amount')?.letter).toBe('C');
    const byLetter = mapColumns(header, { notes: 'B' });
    // Column B now holds the notes, so nothing is read as the price.
    expect(byLetter.ok && byLetter.value.map((m) => `${m.field}=${m.letter}`)).toEqual(['vendor=A', 'notes=B']);
  });

  it('unmaps a field given an empty override, and refuses a column that is not there', () => {
    const header = row('Vendor', 'Price');
    const unmapped = mapColumns(header, { vendor: '' });
    expect(unmapped.ok && unmapped.value.map((m) => m.field)).toEqual(['amount']);
    expect(mapColumns(header, { amount: 'Monthly investment' })).toEqual({ ok: false, error: "no column 'Monthly investment' for amount" });
  });

  it('knows a field by its name, its JSON name or a common alias', () => {
    expect(fieldNamed('amount')).toBe('amount');
    expect(fieldNamed('price')).toBe('amount');
    expect(fieldNamed('minimum-term')).toBe('minimumTerm');
    expect(fieldNamed('discountPct')).toBe('discount');
    expect(fieldNamed('colour')).toBeNull();
  });
});
