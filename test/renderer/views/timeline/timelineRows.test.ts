import { describe, expect, it } from 'vitest';
import type { Timeline } from '#shared/ipc/viewChannels';
import { buckets } from '../../../../src/renderer/views/timeline/rollUp';
import { overridePatches, timelineRows } from '../../../../src/renderer/views/timeline/timelineRows';
import { cellMoney } from '../../../../src/renderer/views/timeline/timelineColumns';

const timeline: Timeline = {
  scenarioId: 's',
  months: ['2027-01', '2027-02', '2027-03', '2027-04'],
  fiscalYearOfMonth: [0, 0, 0, 0],
  fiscalYears: [{ label: 'FY2027', first: '2027-01', last: '2027-04', months: 4, partial: true }],
  items: [
    { id: 'fee', name: 'Fee', kind: 'retainer', values: [100, 100, 250, 100], overridden: [2] },
    { id: 'tool', name: 'Tool', kind: 'oneTime', values: [0, 50, 0, 0], overridden: [] },
  ],
  total: [100, 150, 250, 100],
  cumulative: [100, 250, 500, 600],
};
const months = buckets(timeline, 'month', 1);
const { rows, pinned } = timelineRows(timeline, months, 1);
const context = { scenarioId: 's', months: timeline.months, rows: new Map(rows.map((r) => [r.id, r])), currency: 'USD', rate: 1 };

describe('timeline rows and overrides', () => {
  it('pins Total and Cumulative under the items, and rolls them up by quarter as sums and running totals', () => {
    expect(pinned.map((r) => [r.name, r.total])).toEqual([['Total', 600], ['Cumulative', 600]]);
    const quarters = timelineRows(timeline, buckets(timeline, 'quarter', 1), 1);
    expect(quarters.rows[0]?.cells).toEqual([450, 100]);
    expect(quarters.pinned[1]?.cells).toEqual([500, 600]);
  });

  it('writes a typed month as an override in plan currency, converting from the currency shown', () => {
    expect(overridePatches([{ rowId: 'tool', colId: 'm:1', text: '80' }], { ...context, currency: 'EUR', rate: 1.25 })).toEqual({
      ok: true,
      value: [{ op: 'setOverride', scenarioId: 's', itemId: 'tool', month: '2027-02', value: 100 }],
    });
  });

  it('clears an override with null, and clearing a computed month makes no patch', () => {
    expect(overridePatches([{ rowId: 'fee', colId: 'm:2', text: null }, { rowId: 'fee', colId: 'm:1', text: null }], context)).toEqual({
      ok: true,
      value: [{ op: 'setOverride', scenarioId: 's', itemId: 'fee', month: '2027-03', value: null }],
    });
  });

  it('refuses text that is not an amount, naming the cell', () => {
    expect(overridePatches([{ rowId: 'fee', colId: 'm:0', text: 'soon' }], context)).toMatchObject({ ok: false, error: { rowId: 'fee', colId: 'm:0' } });
  });

  it('shows money in whole units with negatives in parentheses and zero as a dash', () => {
    expect([cellMoney(9500.4), cellMoney(-500), cellMoney(0)]).toEqual(['9,500', '(500)', '–']);
  });
});
