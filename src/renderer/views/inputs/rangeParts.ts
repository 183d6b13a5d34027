import type { NumberOrRange } from '../../../shared/model/numbers';
import { err, ok, type Result } from '../../../shared/result';
import { formatEntry, type Unit } from '../../grid/entry';

/** One of the three columns a range shows in when the grid splits it. */
export type RangePart = 'low' | 'base' | 'high';

export const RANGE_PARTS: readonly RangePart[] = ['low', 'base', 'high'];

/** The part of a value a low/base/high column shows: a plain number is its own low, base and high. */
export function partOf(value: NumberOrRange, part: RangePart): number {
  return typeof value === 'number' ? value : value[part];
}

/**
 * A value with some of its parts typed over. Setting the base of a plain number keeps it plain; a
 * range whose parts all end up equal becomes a plain number again. Refused, with the reason, when
 * the parts no longer run low ≤ base ≤ high.
 */
export function withParts(current: NumberOrRange, parts: Partial<Record<RangePart, number>>, unit: Unit): Result<NumberOrRange, string> {
  if (typeof current === 'number' && parts.low === undefined && parts.high === undefined) return ok(parts.base ?? current);
  const low = parts.low ?? partOf(current, 'low');
  const base = parts.base ?? partOf(current, 'base');
  const high = parts.high ?? partOf(current, 'high');
  const show = (n: number): string => formatEntry(n, unit);
  if (low > base) return err(`the low (${show(low)}) is above the base (${show(base)})`);
  if (base > high) return err(`the base (${show(base)}) is above the high (${show(high)})`);
  if (low === base && base === high) return ok(base);
  return ok({ low, base, high });
}
