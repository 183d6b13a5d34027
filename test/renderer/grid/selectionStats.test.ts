import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signedMoneyValueArb } from '#test/helpers/arbitraries';
import { formatStatus, selectionStats, type SelectedCell } from '../../../src/renderer/grid/selectionStats';

const RUNS = { numRuns: 300 };

describe('selectionStats counts as Excel’s status bar does', () => {
  it('Count counts every non-empty cell, text included; Sum and Average only the numbers', () => {
    expect(selectionStats([9000, 'Retainer', 9500, null, 10000, ''])).toEqual({ count: 4, numericCount: 3, sum: 28500, average: 9500, fractional: false });
  });

  it('null and empty text are empty, but a blank-looking space is not', () => {
    expect(selectionStats([null, '', ' ']).count).toBe(1);
  });

  it('a selection without numbers has no average and a zero sum', () => {
    expect(selectionStats(['a', 'b'])).toEqual({ count: 2, numericCount: 0, sum: 0, average: null, fractional: false });
    expect(selectionStats([])).toEqual({ count: 0, numericCount: 0, sum: 0, average: null, fractional: false });
  });

  it('numbers written as text are text: counted, not summed', () => {
    expect(selectionStats(['100', 1])).toMatchObject({ count: 2, numericCount: 1, sum: 1 });
  });

  it('a non-finite number is counted like an error cell but kept out of the sum', () => {
    expect(selectionStats([Number.NaN, Number.POSITIVE_INFINITY, 5])).toMatchObject({ count: 3, numericCount: 1, sum: 5, average: 5 });
  });

  it('fractional is set by any number with a part below whole units', () => {
    expect(selectionStats([1, 2.5]).fractional).toBe(true);
    expect(selectionStats([1, 2, 'x']).fractional).toBe(false);
  });

  it('takes any iterable, so a selection need not be copied into an array', () => {
    function* cells(): Generator<SelectedCell> {
      yield 1;
      yield 2;
    }
    expect(selectionStats(cells()).sum).toBe(3);
  });
});

describe('the sum is compensated so money adds up as it reads', () => {
  it('0.1 + 0.2 + 0.3 is 0.6, where plain addition gives 0.6000000000000001', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(selectionStats([0.1, 0.2, 0.3]).sum).toBe(0.6);
  });

  it('ten cells of 0.1 sum to exactly 1', () => {
    expect(selectionStats(Array<number>(10).fill(0.1)).sum).toBe(1);
  });

  it('a large value that cancels out does not swallow the small ones (Neumaier, not plain Kahan)', () => {
    expect(selectionStats([1, 1e100, 1, -1e100]).sum).toBe(2);
  });

  it('the sum of any cents amounts reads, to the cent, as the exact sum', () => {
    fc.assert(
      fc.property(fc.array(signedMoneyValueArb, { maxLength: 200 }), (values) => {
        const exactCents = values.reduce((total, v) => total + BigInt(Math.round(v * 100)), 0n);
        expect(Math.round(selectionStats(values).sum * 100)).toBe(Number(exactCents));
      }),
      RUNS,
    );
  });

  it('average times the count of numbers is the sum', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(signedMoneyValueArb, fc.constant(null), fc.string()), { maxLength: 50 }), (cells) => {
        const stats = selectionStats(cells);
        expect(stats.numericCount).toBe(cells.filter((c) => typeof c === 'number').length);
        expect(stats.count).toBe(cells.filter((c) => c !== null && c !== '').length);
        if (stats.average === null) expect(stats.numericCount).toBe(0);
        else expect(stats.average * stats.numericCount).toBeCloseTo(stats.sum, 6);
      }),
      RUNS,
    );
  });
});

describe('formatStatus writes the status line', () => {
  it('whole amounts show in whole units: Average: $9,500  Count: 3  Sum: $28,500', () => {
    expect(formatStatus(selectionStats([9000, 9500, 10000]), 'USD')).toBe('Average: $9,500  Count: 3  Sum: $28,500');
  });

  it('the average of whole amounts rounds to whole units, as the cells are shown', () => {
    expect(formatStatus(selectionStats([1, 1, 2]), 'USD')).toBe('Average: $1  Count: 3  Sum: $4');
  });

  it('cents in any cell show cents on both figures', () => {
    expect(formatStatus(selectionStats([9500.5, 9500]), 'USD')).toBe('Average: $9,500.25  Count: 2  Sum: $19,000.50');
    expect(formatStatus(selectionStats([0.1, 0.2, 0.3]), 'EUR')).toBe('Average: €0.20  Count: 3  Sum: €0.60');
  });

  it('negatives are in brackets, as the rest of the app shows money', () => {
    expect(formatStatus(selectionStats([-500, -1500]), 'GBP')).toBe('Average: (£1,000)  Count: 2  Sum: (£2,000)');
  });

  it('a tiny negative that rounds to zero shows as $0, not ($0)', () => {
    expect(formatStatus(selectionStats([-0.001, 0]), 'USD')).toBe('Average: $0.00  Count: 2  Sum: $0.00');
  });

  it('without a currency the figures are plain numbers with up to two decimals', () => {
    expect(formatStatus(selectionStats([1.5, 2, 12.125]), null)).toBe('Average: 5.21  Count: 3  Sum: 15.63');
    expect(formatStatus(selectionStats([3, 4]), null)).toBe('Average: 3.5  Count: 2  Sum: 7');
  });

  it('only the count when no number is selected, and nothing when every cell is empty', () => {
    expect(formatStatus(selectionStats(['Retainer', 'Agency']), 'USD')).toBe('Count: 2');
    expect(formatStatus(selectionStats([null, '']), 'USD')).toBe('');
  });

  it('large counts are grouped', () => {
    expect(formatStatus(selectionStats(Array<string>(1234).fill('x')), 'USD')).toBe('Count: 1,234');
  });
});
