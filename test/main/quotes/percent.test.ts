import { describe, expect, it } from 'vitest';
import { parsePercent } from '#main/quotes/percent';

const value = (r: ReturnType<typeof parsePercent>) => (r.ok ? r.value : r.error);

describe('a percentage cell', () => {
  it('reads 0.1 formatted as a percentage as ten percent', () => {
    expect(value(parsePercent({ kind: 'number', value: 0.1, format: '0%' }, 'dot'))).toBe(10);
    expect(value(parsePercent({ kind: 'number', value: 0.125, format: '0.0%' }, 'dot'))).toBe(12.5);
    expect(value(parsePercent({ kind: 'number', value: 1.5, format: '0%' }, 'dot'))).toBe(150);
  });

  it('reads text with a percent sign in the file’s number style', () => {
    expect(value(parsePercent({ kind: 'text', text: '10%' }, 'dot'))).toBe(10);
    expect(value(parsePercent({ kind: 'text', text: '12,5 %' }, 'comma'))).toBe(12.5);
    expect(value(parsePercent({ kind: 'text', text: '7.5 percent off' }, 'dot'))).toBe(7.5);
  });

  it('reads a bare number below one as a fraction and from one up as points', () => {
    expect(value(parsePercent({ kind: 'number', value: 0.05 }, 'dot'))).toBe(5);
    expect(value(parsePercent({ kind: 'number', value: 15 }, 'dot'))).toBe(15);
    expect(value(parsePercent({ kind: 'text', text: '0.1' }, 'dot'))).toBe(10);
  });

  it('reads "none" and a dash as no percentage, and refuses words', () => {
    expect(value(parsePercent({ kind: 'text', text: '–' }, 'dot'))).toBeNull();
    expect(value(parsePercent({ kind: 'text', text: 'none' }, 'dot'))).toBeNull();
    expect(value(parsePercent({ kind: 'text', text: 'some' }, 'dot'))).toBe('"some" is not a percentage');
  });
});
