import { describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { csvField, neutralise, timelineCsv } from '#main/export/timelineCsv';
import { parseCsv } from '#main/quotes/csv';
import { planOf, retainer } from '#test/helpers/plans';

describe('timeline CSV', () => {
  it('neutralises text a spreadsheet would run as a formula, in ASCII and full-width forms', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', '＝1', '＋1', '－1', '＠x']) expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['CAIO retainer', '1+1=2', 'a=b']) expect(neutralise(text)).toBe(text);
  });

  it('keeps numbers as numbers, negatives included, rounded to cents', () => {
    expect(csvField(-1234.567)).toBe('-1234.57');
    expect(csvField(7500)).toBe('7500');
  });

  it('writes a row per item and a total per scenario, a column per month, with names made safe', () => {
    const plan = planOf({ horizonMonths: 3 }, [{ id: 's', name: '=HYPERLINK("http://x")', items: [retainer({ name: '-rate, "net"', monthlyFee: 1000.005 })] }]);
    const rows = parseCsv(timelineCsv(calcPlan(plan)), ',');
    expect(rows).toEqual([
      ['Scenario', 'Item', 'Kind', '2027-01', '2027-02', '2027-03', 'Total'],
      ["'=HYPERLINK(\"http://x\")", "'-rate, \"net\"", 'retainer', '1000.01', '1000.01', '1000.01', '3000.02'],
      ["'=HYPERLINK(\"http://x\")", 'Total', '', '1000.01', '1000.01', '1000.01', '3000.02'],
    ]);
  });
});
