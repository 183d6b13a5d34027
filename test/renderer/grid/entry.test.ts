import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Range } from '#shared/model';
import { signedMoneyValueArb } from '#test/helpers/arbitraries';
import { entryForField, formatEntry, parseEntry, rangeFrom, type Entry, type FieldSpec } from '../../../src/renderer/grid/entry';

const RUNS = { numRuns: 300 };

/** The entry `text` reads as; fails the test with the reason when it is refused. */
function entry(text: string): Entry {
  const parsed = parseEntry(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** The reason `text` is refused; fails the test when it is accepted. */
function refusal(text: string): string {
  const parsed = parseEntry(text);
  if (parsed.ok) throw new Error(`${JSON.stringify(text)} was accepted as ${JSON.stringify(parsed.value)}`);
  return parsed.error;
}

function number(value: number, extra: { percent?: boolean; currency?: string } = {}): Entry {
  return { kind: 'number', value, percent: extra.percent ?? false, ...(extra.currency ? { currency: extra.currency } : {}) };
}

const money: FieldSpec = { unit: 'money', allowRange: true, min: 0, currency: 'USD' };
const percent: FieldSpec = { unit: 'percent', allowRange: true, min: 0, max: 100 };
const months: FieldSpec = { unit: 'months', allowRange: true, min: 0, max: 1200 };

function fieldValue(text: string, field: FieldSpec, current?: number | Range): number | Range | null {
  const result = entryForField(text, field, current);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function fieldError(text: string, field: FieldSpec, current?: number | Range): string {
  const result = entryForField(text, field, current);
  if (result.ok) throw new Error(`${JSON.stringify(text)} was accepted as ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('parseEntry reads numbers as a CFO types them', () => {
  it('9.5k is exactly 9,500, 1.2m exactly 1,200,000 and 0.1k exactly 100', () => {
    expect(entry('9.5k')).toEqual(number(9500));
    expect(entry('1.2m')).toEqual(number(1_200_000));
    expect(entry('0.1k')).toEqual(number(100));
  });

  it('suffixes scale the written digits, not a double, so 1.005k is 1,005 where 1.005 × 1000 is not', () => {
    expect(1.005 * 1000).not.toBe(1005);
    expect(entry('1.005k')).toEqual(number(1005));
    expect(entry('1.005m')).toEqual(number(1_005_000));
    expect(entry('1.2345k')).toEqual(number(1234.5));
  });

  it('m and mm are millions, b and bn billions, in either case', () => {
    expect(entry('2mm')).toEqual(number(2_000_000));
    expect(entry('1.2M')).toEqual(number(1_200_000));
    expect(entry('1.5bn')).toEqual(number(1_500_000_000));
    expect(entry('2B')).toEqual(number(2_000_000_000));
    expect(entry('9.5 K')).toEqual(number(9500));
  });

  it('a currency symbol or code before or after the number is read and kept as the mark', () => {
    expect(entry('$9,500')).toEqual(number(9500, { currency: '$' }));
    expect(entry('USD 9,500')).toEqual(number(9500, { currency: 'USD' }));
    expect(entry('usd9500')).toEqual(number(9500, { currency: 'USD' }));
    expect(entry('9,500 €')).toEqual(number(9500, { currency: '€' }));
    expect(entry('£1.2m')).toEqual(number(1_200_000, { currency: '£' }));
  });

  it('commas group thousands and a point marks decimals', () => {
    expect(entry('1,234,567.89')).toEqual(number(1234567.89));
    expect(entry('.5k')).toEqual(number(500));
    expect(entry('9.')).toEqual(number(9));
  });

  it('(500) is minus 500', () => {
    expect(entry('(500)')).toEqual(number(-500));
  });

  it("Excel's accounting negatives $(500) and ($500) are minus 500", () => {
    expect(entry('$(500)')).toEqual(number(-500, { currency: '$' }));
    expect(entry('($500)')).toEqual(number(-500, { currency: '$' }));
  });

  it('a hyphen, a Unicode minus or a minus before the currency make the number negative', () => {
    expect(entry('-500')).toEqual(number(-500));
    expect(entry('−500')).toEqual(number(-500));
    expect(entry('-$500')).toEqual(number(-500, { currency: '$' }));
    expect(entry('$-500')).toEqual(number(-500, { currency: '$' }));
    expect(entry('+500')).toEqual(number(500));
  });

  it("a lone dash is zero, as Excel's accounting format copies a zero", () => {
    expect(entry('-')).toEqual(number(0));
    expect(entry(' $ -   ')).toEqual(number(0, { currency: '$' }));
  });

  it('-0 reads as zero, never as negative zero', () => {
    const read = entry('-0');
    expect(read.kind === 'number' && Object.is(read.value, 0)).toBe(true);
  });

  it('12% is 12, marked as a percentage', () => {
    expect(entry('12%')).toEqual(number(12, { percent: true }));
    expect(entry('12.5 %')).toEqual(number(12.5, { percent: true }));
  });

  it('spaces around an entry are ignored and blank text is empty', () => {
    expect(entry('  42\t')).toEqual(number(42));
    expect(entry('')).toEqual({ kind: 'empty' });
    expect(entry(' \t ')).toEqual({ kind: 'empty' });
  });
});

describe('parseEntry refuses what it cannot read, saying why', () => {
  it('"lots" is refused with the forms to type', () => {
    expect(refusal('lots')).toBe('"lots" is not a number: type 9500, 9.5k, $9,500, 1.2m, 12% or (500)');
  });

  it('9 500 is refused: en-US writes numbers without spaces', () => {
    expect(refusal('9 500')).toBe('"9 500" is not a number: write 9500 or 9,500, without spaces');
  });

  it('9,50 is refused rather than read as 950: commas group thousands', () => {
    expect(refusal('9,50')).toBe('"9,50" is not a number: commas group thousands (9,500) and a point marks decimals (9.50)');
    expect(refusal('€9.500,00')).toMatch(/is not a number/);
  });

  it('exponents, unbalanced brackets and a sign inside brackets are refused', () => {
    for (const text of ['1e5', '(5', '5)', '(-5)', '--5', 'k', '$', '12%%']) expect(refusal(text)).toMatch(/is not a number/);
  });

  it('a currency written twice, or money that is also a percentage, is refused', () => {
    expect(refusal('$9,500 USD')).toBe('"$9,500 USD" writes the currency twice');
    expect(refusal('$12%')).toBe('"$12%" is both an amount of money and a percentage');
  });

  it('a number too large for a double is refused, not read as infinity', () => {
    expect(refusal('9'.repeat(400))).toMatch(/is too large a number$/);
  });

  it('a long pasted text is quoted short in the reason', () => {
    const error = refusal(`not a number ${'x'.repeat(200)}`);
    expect(error.length).toBeLessThan(120);
    expect(error).toContain('…"');
  });

  it('a pasted run of blanks is refused quickly, not after exponential backtracking', () => {
    const started = performance.now();
    const texts = [`$${' '.repeat(20_000)}x`, `1-${' '.repeat(20_000)}x`, `( ${'$ '.repeat(10_000)}`];
    for (const text of texts) expect(parseEntry(text).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseEntry reads ranges', () => {
  const range = (low: number, high: number, base?: number): Entry => ({ kind: 'range', low, high, percent: false, ...(base === undefined ? {} : { base }) });

  it('an en dash, a hyphen or "to" separates low from high', () => {
    for (const text of ['8.5k–14k', '8.5k-14k', '8.5k to 14k', '8.5k — 14k', '8,500 - 14,000', '8.5K TO 14K']) expect(entry(text)).toEqual(range(8500, 14000));
  });

  it('a two-value range has no base, so the caller chooses it', () => {
    const read = entry('8.5k–14k');
    expect(read.kind === 'range' && 'base' in read).toBe(false);
  });

  it('three values are low, base and high', () => {
    expect(entry('8.5k–10k–14k')).toEqual(range(8500, 14000, 10000));
    expect(entry('1 to 2 to 3')).toEqual(range(1, 3, 2));
  });

  it('a hyphen where a value starts is a minus, so negative ranges read', () => {
    expect(entry('-5--2')).toEqual(range(-5, -2));
    expect(entry('(500)–(200)')).toEqual(range(-500, -200));
    expect(entry('-5-2')).toEqual(range(-5, 2));
  });

  it('a range with low above high is refused with the reason', () => {
    expect(refusal('14k–8.5k')).toBe('"14k–8.5k": the low (14,000) is above the high (8,500)');
  });

  it('a base outside low..high is refused with the reason', () => {
    expect(refusal('8.5k–15k–14k')).toBe('"8.5k–15k–14k": the base (15,000) is above the high (14,000)');
    expect(refusal('8.5k–8k–14k')).toBe('"8.5k–8k–14k": the low (8,500) is above the base (8,000)');
  });

  it('more than three values are refused', () => {
    expect(refusal('1-2-3-4')).toBe('"1-2-3-4" has more than three values: type low–high or low–base–high');
  });

  it('a currency written once marks the whole range; two different currencies are refused', () => {
    expect(entry('$8.5k–14k')).toEqual({ ...range(8500, 14000), currency: '$' });
    expect(refusal('$5k–€6k')).toBe('"$5k–€6k" mixes currencies');
  });

  it('10–15% is a range of percentages', () => {
    expect(entry('10–15%')).toEqual({ kind: 'range', low: 10, high: 15, percent: true });
  });

  it('a dangling separator is refused', () => {
    expect(refusal('8.5k–')).toMatch(/is not a number/);
    expect(refusal('8.5k to')).toMatch(/is not a number/);
  });
});

describe('rangeFrom chooses the base of a two-value range', () => {
  it('a typed base is kept', () => {
    expect(rangeFrom({ low: 1, base: 2, high: 10 }, 5)).toEqual({ low: 1, base: 2, high: 10 });
  });

  it("the cell's current base is kept when it lies inside the new range, edges included", () => {
    expect(rangeFrom({ low: 8500, high: 14000 }, 9500)).toEqual({ low: 8500, base: 9500, high: 14000 });
    expect(rangeFrom({ low: 8500, high: 14000 }, 14000)).toEqual({ low: 8500, base: 14000, high: 14000 });
  });

  it('the midpoint when the current base falls outside or there is none', () => {
    expect(rangeFrom({ low: 8500, high: 14000 }, 20000)).toEqual({ low: 8500, base: 11250, high: 14000 });
    expect(rangeFrom({ low: 8500, high: 14000 })).toEqual({ low: 8500, base: 11250, high: 14000 });
  });
});

describe('entryForField applies the rules of the column', () => {
  it('a money field refuses a percentage', () => {
    expect(fieldError('12%', money)).toBe('"12%" is a percentage; this field is an amount of money');
  });

  it("a money field takes its own currency's code or symbol and refuses another currency", () => {
    expect(fieldValue('USD 9,500', money)).toBe(9500);
    expect(fieldValue('$9.5k', money)).toBe(9500);
    expect(fieldError('€9,500', money)).toBe('"€9,500" is not in USD, the currency of this field');
    expect(fieldError('EUR 9,500', money)).toBe('"EUR 9,500" is not in USD, the currency of this field');
    expect(fieldValue('$9,500', { ...money, currency: 'CAD' })).toBe(9500);
    expect(fieldValue('€9,500', { ...money, currency: 'EUR' })).toBe(9500);
  });

  it('a percent field takes 12% and 12 alike as 12, and 0.5 as half a percent', () => {
    expect(fieldValue('12%', percent)).toBe(12);
    expect(fieldValue('12', percent)).toBe(12);
    expect(fieldValue('0.5', percent)).toBe(0.5);
    expect(fieldValue('10–15%', percent)).toEqual({ low: 10, base: 12.5, high: 15 });
  });

  it('a percent, count or months field refuses money', () => {
    expect(fieldError('$12', percent)).toBe('"$12" is an amount of money; this field is a percentage');
    expect(fieldError('$3', months)).toBe('"$3" is an amount of money; this field is a number of months');
    expect(fieldError('5%', { unit: 'count', allowRange: false })).toBe('"5%" is a percentage; this field is a count');
  });

  it('months must be whole', () => {
    expect(fieldError('2.5', months)).toBe('"2.5": this field takes whole numbers only');
    expect(fieldValue('3', months)).toBe(3);
  });

  it('counts must be whole only where the field says so', () => {
    expect(fieldError('2.5', { unit: 'count', allowRange: true, whole: true })).toBe('"2.5": this field takes whole numbers only');
    expect(fieldValue('2.5', { unit: 'count', allowRange: true })).toBe(2.5);
  });

  it('a two-value range of months takes the midpoint rounded half up, but a typed fractional base is refused', () => {
    expect(fieldValue('2–5', months)).toEqual({ low: 2, base: 4, high: 5 });
    expect(fieldError('2–2.5–5', months)).toBe('"2–2.5–5": this field takes whole numbers only');
  });

  it('a two-value range keeps the base of the current value when it lies inside', () => {
    expect(fieldValue('8.5k–14k', money, { low: 5000, base: 9500, high: 10000 })).toEqual({ low: 8500, base: 9500, high: 14000 });
    expect(fieldValue('8.5k–14k', money, 9000)).toEqual({ low: 8500, base: 9000, high: 14000 });
    expect(fieldValue('8.5k–14k', money, 1000)).toEqual({ low: 8500, base: 11250, high: 14000 });
  });

  it('a field that takes one number refuses a range', () => {
    expect(fieldError('8.5k–14k', { ...money, allowRange: false })).toBe('"8.5k–14k" is a range; this field takes one number');
  });

  it('values below the minimum or above the maximum are refused, naming the bound in the unit', () => {
    expect(fieldError('(500)', money)).toBe('"(500)": the least this field takes is 0');
    expect(fieldError('150%', percent)).toBe('"150%": the most this field takes is 100%');
    expect(fieldError('-5–10', money)).toBe('"-5–10": the least this field takes is 0');
  });

  it('empty text clears an optional field and is refused in a required one', () => {
    expect(fieldValue('  ', { ...months, optional: true })).toBeNull();
    expect(fieldError('', months)).toBe('this field needs a number');
  });

  it('a text that is not a number is refused with the parse reason', () => {
    expect(fieldError('lots', money)).toBe('"lots" is not a number: type 9500, 9.5k, $9,500, 1.2m, 12% or (500)');
  });
});

describe('formatEntry writes what the grid shows and copy puts on the clipboard', () => {
  it('9500 shows as 9,500 and decimals are kept', () => {
    expect(formatEntry(9500, 'money')).toBe('9,500');
    expect(formatEntry(-1234567.891, 'money')).toBe('-1,234,567.891');
    expect(formatEntry(0.5, 'money')).toBe('0.5');
  });

  it('percentages carry their sign', () => {
    expect(formatEntry(12.5, 'percent')).toBe('12.5%');
  });

  it('a range always shows low–base–high with en dashes, so a copy pastes with its base', () => {
    expect(formatEntry({ low: 8500, base: 11250, high: 14000 }, 'money')).toBe('8,500–11,250–14,000');
    expect(formatEntry({ low: 10, base: 12, high: 15 }, 'percent')).toBe('10%–12%–15%');
  });

  it('numbers JavaScript would print with an exponent are written out in full', () => {
    expect(formatEntry(1e21, 'money')).toBe('1,000,000,000,000,000,000,000');
    expect(formatEntry(1.5e-7, 'money')).toBe('0.00000015');
  });

  it('negative zero shows as 0', () => {
    expect(formatEntry(-0, 'money')).toBe('0');
  });
});

describe('round trips and invariants', () => {
  it('parseEntry(formatEntry(n)) is n for money with at most two decimals', () => {
    fc.assert(
      fc.property(signedMoneyValueArb, (n) => {
        expect(parseEntry(formatEntry(n, 'money'))).toEqual({ ok: true, value: number(n) });
      }),
      RUNS,
    );
  });

  it('parseEntry(formatEntry(n)) is n for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const read = entry(formatEntry(n, 'money'));
        expect(read).toEqual(number(n === 0 ? 0 : n));
      }),
      RUNS,
    );
  });

  it('a formatted range reads back to the same range in its field, whatever the current base', () => {
    const field: FieldSpec = { unit: 'money', allowRange: true };
    fc.assert(
      fc.property(fc.array(signedMoneyValueArb, { minLength: 3, maxLength: 3 }), signedMoneyValueArb, (values, current) => {
        const [low, base, high] = values.sort((a, b) => a - b) as [number, number, number];
        expect(fieldValue(formatEntry({ low, base, high }, 'money'), field, current)).toEqual({ low, base, high });
      }),
      RUNS,
    );
  });

  it('a formatted percentage reads back to the same points in a percent field', () => {
    const field: FieldSpec = { unit: 'percent', allowRange: false };
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (tenths) => {
        const points = tenths === 0 ? 0 : tenths / 10;
        expect(fieldValue(formatEntry(points, 'percent'), field)).toBe(points);
      }),
      RUNS,
    );
  });

  it('k and m scale any written cents amount exactly, as whole-number arithmetic does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        const written = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(entry(`${written}k`)).toEqual(number(cents * 10));
        expect(entry(`${written}m`)).toEqual(number(cents * 10_000));
      }),
      RUNS,
    );
  });

  it('any text either reads or is refused with a reason that quotes it, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const parsed = parseEntry(text);
        if (!parsed.ok) expect(parsed.error).toMatch(/^"/);
      }),
      RUNS,
    );
  });
});
