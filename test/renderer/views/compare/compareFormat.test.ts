import { describe, expect, it } from 'vitest';
import { compactMoney, count, fiscalYearLabel, monthWords, multiple, percent } from '../../../../src/renderer/views/compare/compareFormat';

describe('the Compare view’s number formats', () => {
  it('percent shows shares with at most one decimal', () => {
    expect(percent(0.6423, 'en-US')).toBe('64.2%');
    expect(percent(1, 'en-US')).toBe('100%');
    expect(percent(0, 'en-US')).toBe('0%');
  });

  it('multiple shows ROI as the 3x rule reads it, and a dash when nothing was spent', () => {
    expect(multiple(5.1, 'en-US')).toBe('5.10×');
    expect(multiple(0.576, 'en-US')).toBe('0.58×');
    expect(multiple(null)).toBe('—');
  });

  it('compactMoney keeps chart labels short, negatives in parentheses, and more digits when asked', () => {
    expect(compactMoney(1_060_000, 'USD', 'en-US')).toBe('$1.1M');
    expect(compactMoney(850_000, 'USD', 'en-US')).toBe('$850K');
    expect(compactMoney(-250_000, 'USD', 'en-US')).toBe('($250K)');
    expect(compactMoney(1_038_000, 'USD', 'en-US', 3)).toBe('$1.04M');
    expect(compactMoney(0, 'EUR', 'en-US')).toBe('€0');
  });

  it('monthWords writes a YYYY-MM month in words, long or short, and leaves other text alone', () => {
    expect(monthWords('2028-04')).toBe('April 2028');
    expect(monthWords('2027-12', true)).toBe('Dec 2027');
    expect(monthWords('2027-13')).toBe('2027-13');
    expect(monthWords('soon')).toBe('soon');
  });

  it('count groups thousands', () => {
    expect(count(200_000, 'en-US')).toBe('200,000');
  });

  it('fiscalYearLabel marks partial years with their months', () => {
    expect(fiscalYearLabel({ label: 'FY2026', first: '2026-12', last: '2026-12', months: 1, partial: true })).toBe('FY2026 (1 mo)');
    expect(fiscalYearLabel({ label: 'FY2027', first: '2027-01', last: '2027-12', months: 12, partial: false })).toBe('FY2027');
  });
});
