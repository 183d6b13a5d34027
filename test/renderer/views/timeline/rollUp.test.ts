import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atBucketEnds, buckets, fiscalQuarter, inCurrency, rollUp } from '../../../../src/renderer/views/timeline/rollUp';

/** 14 months from Nov 2026 with a fiscal year starting in April: FY2027 (5 months, partial), FY2028 (9 months, partial). */
const shape = {
  months: ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12'],
  fiscalYearOfMonth: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  fiscalYears: [{ label: 'FY2027' }, { label: 'FY2028' }],
};

describe('timeline roll-ups', () => {
  it('numbers fiscal quarters from the fiscal year’s first month', () => {
    expect(fiscalQuarter('2027-04', 4)).toBe(1);
    expect(fiscalQuarter('2027-03', 4)).toBe(4);
    expect(fiscalQuarter('2027-01', 1)).toBe(1);
    expect(fiscalQuarter('2027-12', 10)).toBe(1);
  });

  it('groups months into fiscal quarters and years, partial ones holding only the horizon’s months', () => {
    const quarters = buckets(shape, 'quarter', 4);
    expect(quarters.map((b) => `${b.quarter}:${b.first}-${b.last}`)).toEqual(['Q3 FY2027:0-1', 'Q4 FY2027:2-4', 'Q1 FY2028:5-7', 'Q2 FY2028:8-10', 'Q3 FY2028:11-13']);
    expect(buckets(shape, 'year', 4).map((b) => `${b.label}:${b.first}-${b.last}`)).toEqual(['FY2027:0-4', 'FY2028:5-13']);
    const months = buckets(shape, 'month', 4);
    expect(months).toHaveLength(14);
    expect(months[0]).toMatchObject({ id: 'm:0', label: 'Nov 2026', quarter: 'Q3 FY2027', fiscalYear: 'FY2027' });
  });

  it('sums to the same total at every granularity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 14, maxLength: 14 }), (values) => {
        const total = values.reduce((a, b) => a + b, 0);
        for (const g of ['month', 'quarter', 'year'] as const) expect(rollUp(values, buckets(shape, g, 4)).reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('shows a running total at the end of each column', () => {
    const cumulative = shape.months.map((_, m) => (m + 1) * 100);
    expect(atBucketEnds(cumulative, buckets(shape, 'year', 4))).toEqual([500, 1400]);
  });

  it('converts by dividing by the rate: fxRates are units of plan currency per unit of the other', () => {
    expect(inCurrency([1250, 500], 1.25)).toEqual([1000, 400]);
    expect(inCurrency([7], 1)).toEqual([7]);
  });
});
