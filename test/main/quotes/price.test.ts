import { describe, expect, it } from 'vitest';
import { parsePriceText } from '#main/quotes/price';

const read = (text: string, style: 'dot' | 'comma' = 'dot') => {
  const r = parsePriceText(text, style);
  return r.ok ? (r.value && { amount: r.value.amount, currency: r.value.currency?.code ?? null, unit: r.value.unit }) : r.error;
};

describe('a price written as text', () => {
  it('reads the examples of the issue with their currency and unit', () => {
    expect(read('$9,500/mo')).toEqual({ amount: 9500, currency: 'USD', unit: 'retainer' });
    expect(read('€2.5k per day')).toEqual({ amount: 2500, currency: 'EUR', unit: 'daily' });
    expect(read('12,000 USD')).toEqual({ amount: 12000, currency: 'USD', unit: null });
    expect(read('1.2m')).toEqual({ amount: 1_200_000, currency: null, unit: null });
  });

  it('reads currency symbols and ISO codes before or after the number', () => {
    expect(read('£1,200')).toMatchObject({ currency: 'GBP' });
    expect(read('1.200 €', 'comma')).toMatchObject({ amount: 1200, currency: 'EUR' });
    expect(read('USD 45,000')).toMatchObject({ amount: 45000, currency: 'USD' });
    expect(read('chf 900')).toMatchObject({ currency: 'CHF' });
    expect(read('¥1,000,000')).toMatchObject({ amount: 1_000_000, currency: 'JPY' });
    expect(read('A$8,000')).toMatchObject({ currency: 'AUD' });
  });

  it('takes the pricing model from per-unit words', () => {
    const unit = (t: string) => (read(t) as { unit: string }).unit;
    expect(['$9,500/mo', '$9,500 per month', '£9,500 pcm', '$9,500 monthly', '9500 a month'].map(unit)).toEqual(Array(5).fill('retainer'));
    expect(['$150/hr', '$150 per hour', '$150 hourly', '$150/h'].map(unit)).toEqual(Array(4).fill('hourly'));
    expect(['$1,100/day', '$1,100 per day', '$1,100 daily'].map(unit)).toEqual(Array(3).fill('daily'));
    expect(['$240k/yr', '$240k per annum', '$240k annual'].map(unit)).toEqual(Array(3).fill('salary'));
    expect(['$45k per workflow', '$45k per project'].map(unit)).toEqual(['project', 'project']);
    expect(['$3,000 one-off', '$3,000 fixed fee', '$3,000 one time'].map(unit)).toEqual(Array(3).fill('oneTime'));
    expect(unit('€185 pro Stunde')).toBe('hourly');
  });

  it('lets time and materials give way to the hour or day the price names', () => {
    expect(read('$150/hr T&M')).toMatchObject({ unit: 'hourly' });
  });

  it('refuses words where a price should be, naming the text', () => {
    expect(read('call us')).toBe('"call us" is not a price');
    expect(read('TBD')).toBe('"TBD" is not a price');
    expect(read('n/a')).toBe('"n/a" is not a price');
  });

  it('refuses a range, two currencies and two units rather than choosing one', () => {
    expect(read('$8,500–9,500')).toBe('"$8,500–9,500" is a range, not one price');
    expect(read('€2,500 ($2,700)')).toBe('"€2,500 ($2,700)" names two currencies');
    expect(read('$150/hr or $1,000/mo')).toBe('"$150/hr or $1,000/mo" names two units');
  });

  it('reads the number in the file’s style and refuses one written in the other', () => {
    expect(read('1.234,50 €', 'comma')).toMatchObject({ amount: 1234.5 });
    expect(read('2,5k', 'comma')).toMatchObject({ amount: 2500 });
    expect(read('2,5k')).toBe('"2,5k" is not a price in this file, which writes numbers as 1,234.50');
  });

  it('reads accountants’ negatives, tax notes, and "included" as nothing to pay', () => {
    expect(read('(500)')).toMatchObject({ amount: -500 });
    expect(read('£9,500 pcm + VAT')).toMatchObject({ amount: 9500, unit: 'retainer' });
    expect(read('included')).toEqual({ amount: 0, currency: null, unit: null });
  });

  it('reads an empty text as no price, not an error', () => {
    expect(parsePriceText('  ', 'dot')).toEqual({ ok: true, value: null });
  });
});
