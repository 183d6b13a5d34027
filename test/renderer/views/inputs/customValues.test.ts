import { describe, expect, it } from 'vitest';
import type { Custom } from '#shared/model';
import type { CellWrite } from '../../../../src/renderer/grid/sheetWrites';
import { valueRowId, valueRows, valuesAfterWrites, type ValueRow } from '../../../../src/renderer/views/inputs/customValues';

const custom = (over: Partial<Custom> = {}): Custom => ({ id: 'c', name: 'Tools', kind: 'custom', category: 'other', start: 0, escalationPct: 0, overrides: {}, values: [], ...over }) as Custom;

function byId(rows: readonly ValueRow[]): Map<string, ValueRow> {
  return new Map(rows.map((row) => [row.id, row]));
}

const write = (index: number, text: string | null): CellWrite => ({ rowId: valueRowId(index), colId: 'value', text });

describe('a custom item’s value rows', () => {
  it('run from the item’s start month to the end of the horizon, each with its month', () => {
    const rows = valueRows(custom({ start: '2027-03', values: [100, 200] }), '2027-01', 12);
    expect(rows).toHaveLength(10);
    expect(rows.slice(0, 3).map((r) => [r.index, r.month, r.value, r.billed])).toEqual([
      [0, '2027-03', 100, true],
      [1, '2027-04', 200, true],
      [2, '2027-05', undefined, true],
    ]);
    expect(rows.at(-1)?.month).toBe('2027-12');
  });

  it('keep every value typed past the horizon or the duration, marked as not billed', () => {
    const rows = valueRows(custom({ start: 10, durationMonths: 1, values: [1, 2, 3, 4] }), '2027-01', 12);
    expect(rows.map((r) => r.billed)).toEqual([true, false, false, false]);
  });
});

describe('values after the user’s writes', () => {
  const item = custom({ values: [100, 200, 300] });
  const rows = byId(valueRows(item, '2027-01', 12));

  it('read money as typed (9.5k, a range) and fill the months skipped with 0', () => {
    const after = valuesAfterWrites(item.values, [write(1, '9.5k'), write(5, '800–1.2k')], rows, 'USD');
    expect(after).toEqual({ ok: true, value: [100, 9500, 300, 0, 0, { low: 800, base: 1000, high: 1200 }] });
  });

  it('drop values cleared at the end, and turn a value cleared before the last into 0', () => {
    expect(valuesAfterWrites(item.values, [write(2, null)], rows, 'USD')).toEqual({ ok: true, value: [100, 200] });
    expect(valuesAfterWrites(item.values, [write(0, null)], rows, 'USD')).toEqual({ ok: true, value: [0, 200, 300] });
    expect(valuesAfterWrites(item.values, [write(1, ''), write(2, '')], rows, 'USD')).toEqual({ ok: true, value: [100] });
  });

  it('clearing a month past the last value changes nothing', () => {
    expect(valuesAfterWrites(item.values, [write(8, null)], rows, 'USD')).toEqual({ ok: true, value: [100, 200, 300] });
  });

  it('refuse the whole action at the first cell that is not money, naming its month', () => {
    const after = valuesAfterWrites(item.values, [write(0, '5'), write(1, 'lots')], rows, 'USD');
    expect(after.ok).toBe(false);
    if (!after.ok) {
      expect(after.error.rowId).toBe(valueRowId(1));
      expect(after.error.reason).toMatch(/^2027-02: "lots" is not a number/);
    }
  });

  it('refuse a percentage where money is asked', () => {
    const after = valuesAfterWrites(item.values, [write(0, '12%')], rows, 'USD');
    expect(after.ok).toBe(false);
  });
});
