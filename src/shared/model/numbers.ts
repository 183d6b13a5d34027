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

interface Bounds {
  readonly min?: number;
  readonly max?: number;
  readonly int?: boolean;
}

/** Built from zod's own checks (not refinements) so the JSON Schema carries the bounds too. */
function bounded(bounds: Bounds): z.ZodNumber {
  let schema = z.number({ error: 'must be a number' });
  if (bounds.int) schema = schema.int({ error: 'must be a whole number' });
  if (bounds.min !== undefined) schema = schema.min(bounds.min, { error: `must be at least ${bounds.min}` });
  if (bounds.max !== undefined) schema = schema.max(bounds.max, { error: `must be at most ${bounds.max}` });
  return schema;
}

/** A plain number within `bounds` (whole when `int`). */
export function plainNumber(bounds: Bounds = {}): z.ZodNumber {
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
