import { z } from 'zod';

/** A figure known only within bounds: low ≤ base ≤ high, in the unit of the field that holds it. */
export interface Range {
  readonly low: number;
  readonly base: number;
  readonly high: number;
}

/** A numeric input: a plain number or a {@link Range}. */
export type NumberOrRange = number | Range;

/** Which value of every range a deterministic run uses. */
export type Case = 'low' | 'base' | 'high';

const finite = z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a finite number');

interface Bounds {
  readonly min?: number;
  readonly max?: number;
  readonly int?: boolean;
}

function bounded(bounds: Bounds): z.ZodType<number> {
  let schema: z.ZodType<number> = finite;
  if (bounds.int) schema = schema.refine(Number.isInteger, 'must be a whole number');
  if (bounds.min !== undefined) {
    const min = bounds.min;
    schema = schema.refine((v) => v >= min, `must be at least ${min}`);
  }
  if (bounds.max !== undefined) {
    const max = bounds.max;
    schema = schema.refine((v) => v <= max, `must be at most ${max}`);
  }
  return schema;
}

/** A plain number within `bounds` (whole when `int`). */
export function plainNumber(bounds: Bounds = {}): z.ZodType<number> {
  return bounded(bounds);
}

/** A number or a `{low, base, high}` range, each value within `bounds`, with low ≤ base ≤ high. */
export function numberOrRange(bounds: Bounds = {}): z.ZodType<NumberOrRange> {
  const value = bounded(bounds);
  const range = z
    .strictObject({ low: value, base: value, high: value })
    .superRefine((r, ctx) => {
      if (r.low > r.base) ctx.addIssue({ code: 'custom', message: `low (${r.low}) is above base (${r.base})` });
      if (r.base > r.high) ctx.addIssue({ code: 'custom', message: `base (${r.base}) is above high (${r.high})` });
    });
  return z.union([value, range], {
    error: 'must be a number or a range {low, base, high}',
  });
}

/** True when `v` is a range rather than a plain number. */
export function isRange(v: NumberOrRange): v is Range {
  return typeof v === 'object';
}

/** The value of `v` in the given case; a plain number is the same in every case. */
export function valueIn(v: NumberOrRange, which: Case): number {
  return typeof v === 'number' ? v : v[which];
}
