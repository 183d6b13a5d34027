import type { Case, NumberOrRange, Range } from '../model';

/** Turns a numeric input into the number one run uses: a case's value, or a Monte Carlo draw. */
export type Resolve = (v: NumberOrRange) => number;

const CASE_RESOLVERS: Readonly<Record<Case, Resolve>> = {
  low: (v) => (typeof v === 'number' ? v : v.low),
  base: (v) => (typeof v === 'number' ? v : v.base),
  high: (v) => (typeof v === 'number' ? v : v.high),
};

/** The resolver that reads every range at `which`. */
export function caseResolver(which: Case): Resolve {
  return CASE_RESOLVERS[which];
}

/** Reads ranges found in `values` from it (by object identity) and every other range at base. */
export function drawnResolver(values: ReadonlyMap<Range, number>): Resolve {
  return (v) => (typeof v === 'number' ? v : (values.get(v) ?? v.base));
}

/** Reads one range (by identity) at `value` and every other range at base: a sensitivity run. */
export function singleResolver(target: Range, value: number): Resolve {
  return (v) => (typeof v === 'number' ? v : v === target ? value : v.base);
}
