import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferNumberStyle, parseNumber } from '#main/quotes/numberStyle';

describe('the number style of a file', () => {
  it('is 1,234.50 or 1.234,50 from the sure signs', () => {
    expect(inferNumberStyle(['1,234.50', '9,500'])).toBe('dot');
    expect(inferNumberStyle(['1.234,50', '9.500'])).toBe('comma');
    expect(inferNumberStyle(['2,5k', '40'])).toBe('comma');
    expect(inferNumberStyle(['0.1'])).toBe('dot');
    expect(inferNumberStyle(['1.234.567'])).toBe('comma');
  });

  it('is decided by the majority of the file, never by one cell', () => {
    expect(inferNumberStyle(['$2.5k', '1.2m', '2,5k'])).toBe('dot');
  });

  it('reads a lone separator before three digits as grouping only when nothing surer is there', () => {
    expect(inferNumberStyle(['12,000'])).toBe('dot');
    expect(inferNumberStyle(['12.000', '24.000'])).toBe('comma');
    expect(inferNumberStyle(['12.000', '2.5'])).toBe('dot');
  });

  it('defaults to 1,234.50 when a file gives no sign, and ignores dates', () => {
    expect(inferNumberStyle([])).toBe('dot');
    expect(inferNumberStyle(['12', '15.03.2027'])).toBe('dot');
  });
});

describe('a number written in a style', () => {
  it('reads grouping and decimals of its own style only', () => {
    expect(parseNumber('1,234.50', 'dot')).toBe(1234.5);
    expect(parseNumber('1.234,50', 'comma')).toBe(1234.5);
    expect(parseNumber('1 234,5', 'comma')).toBe(1234.5);
    expect(parseNumber("1'234.50", 'dot')).toBe(1234.5);
    expect(parseNumber('2,5', 'dot')).toBeNull();
    expect(parseNumber('12,34,567', 'dot')).toBeNull();
  });

  it('reads back any amount written with grouping and two decimals in either style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom('dot' as const, 'comma' as const), (cents, style) => {
        const text = (cents / 100).toLocaleString(style === 'dot' ? 'en-US' : 'de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseNumber(text, style)).toBe(cents / 100);
      }),
    );
  });
});
