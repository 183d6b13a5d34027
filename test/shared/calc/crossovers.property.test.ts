import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairCrossovers, type Crossover, type CumulativeSeries } from '#shared/calc';

/** The definition, month by month: the first strict ordering (beyond half a cent) sets the leader, a tie keeps it. */
function reference(a: CumulativeSeries, b: CumulativeSeries, months: readonly string[]): Crossover[] {
  const out: Crossover[] = [];
  let leader = 0;
  for (let m = 0; m < a.cumulative.length; m++) {
    const diff = (a.cumulative[m] as number) - (b.cumulative[m] as number);
    if (diff > 0.005) {
      if (leader < 0) out.push({ month: months[m] as string, monthIndex: m, cheaper: b.id, dearer: a.id });
      leader = 1;
    } else if (diff < -0.005) {
      if (leader > 0) out.push({ month: months[m] as string, monthIndex: m, cheaper: a.id, dearer: b.id });
      leader = -1;
    }
  }
  return out;
}

/** Values that sit on and around the tie band, far from it, and the odd non-finite one. */
const valueArb = fc.oneof(
  fc.constantFrom(0, -0, 0.005, -0.005, 0.0050000001, 1e-12, Number.NaN, Infinity, -Infinity),
  fc.integer({ min: -3, max: 3 }).map((k) => k * 0.004),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

const pairArb = fc.integer({ min: 0, max: 40 }).chain((length) =>
  fc.tuple(
    fc.array(valueArb, { minLength: length, maxLength: length }),
    fc.array(valueArb, { minLength: length, maxLength: length }),
  ),
);

describe('pairCrossovers', () => {
  it('finds exactly the months the month-by-month definition finds, ties, NaN and infinities included', () => {
    fc.assert(
      fc.property(pairArb, ([xs, ys]) => {
        const months = xs.map((_, m) => `m${m}`);
        const a = { id: 'a', cumulative: Float64Array.from(xs) };
        const b = { id: 'b', cumulative: Float64Array.from(ys) };
        expect(pairCrossovers(a, b, months)).toEqual(reference(a, b, months));
        expect(pairCrossovers(b, a, months)).toEqual(reference(b, a, months));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a crossover in every month when two scenarios swap the lead each month', () => {
    const months = Array.from({ length: 13 }, (_, m) => `m${m}`);
    const a = { id: 'a', cumulative: Float64Array.from(months, (_, m) => (m % 2 === 0 ? 1 : -1)) };
    const b = { id: 'b', cumulative: new Float64Array(13) };
    expect(pairCrossovers(a, b, months).map((c) => c.monthIndex)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
