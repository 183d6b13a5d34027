import { describe, expect, it } from 'vitest';
import { parseMonth, serialMonth } from '#main/quotes/dates';

const month = (text: string) => {
  const r = parseMonth({ kind: 'text', text });
  return r.ok ? r.value : r.error;
};

describe('a start month', () => {
  it('comes from a date cell as its month', () => {
    expect(parseMonth({ kind: 'date', month: '2027-03', iso: '2027-03-31' })).toEqual({ ok: true, value: '2027-03' });
  });

  it('comes from an Excel serial, in a cell or as text', () => {
    expect(serialMonth(46447)).toBe('2027-03');
    expect(serialMonth(46446)).toBe('2027-02');
    expect(parseMonth({ kind: 'number', value: 46478 })).toEqual({ ok: true, value: '2027-04' });
    expect(month('46460')).toBe('2027-03');
  });

  it('reads the written forms vendors use', () => {
    const forms = ['2027-03', '2027-03-15', '2027/03', '03/2027', '3/2027', 'Mar 2027', 'March 2027', 'Mar. 2027', '15 Mar 2027', 'March 15, 2027', 'Mar-27', '15.03.2027', '15/03/2027', 'März 2027', 'mars 2027'];
    for (const form of forms) expect(month(form), form).toBe('2027-03');
    expect(month('Q2 2027')).toBe('2027-04');
    expect(month('2027-Q3')).toBe('2027-07');
  });

  it('refuses a date whose day and month could be either way round', () => {
    expect(month('03/04/2027')).toBe('"03/04/2027" could be March or April; write 2027-03 or 2027-04');
    expect(month('04/04/2027')).toBe('2027-04');
  });

  it('refuses a year alone, words, and impossible months', () => {
    expect(month('2027')).toBe('"2027" is a year, not a month');
    expect(parseMonth({ kind: 'number', value: 2027 })).toEqual({ ok: false, error: '"2027" is a year, not a month' });
    expect(month('ASAP')).toBe('"ASAP" is not a month');
    expect(month('2027-13')).toBe('"2027-13" is not a month');
  });

  it('is null for an empty cell or a dash', () => {
    expect(parseMonth({ kind: 'empty' })).toEqual({ ok: true, value: null });
    expect(month('–')).toBeNull();
  });
});
