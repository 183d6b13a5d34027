import { addConstant } from '../monthLoops';
import { escalationPowers } from './escalation';

/**
 * Adds `amount × (1 + escalationPct/100)^floor((m − escalationFrom)/12)` to `out[m]` for
 * every month m in [from, to) that lies inside the horizon [0, out.length).
 */
export function addEscalated(
  out: Float64Array,
  from: number,
  to: number,
  amount: number,
  escalationPct: number,
  escalationFrom: number,
): void {
  const first = Math.max(0, from);
  const last = Math.min(out.length, to);
  if (first >= last || amount === 0) return;
  if (escalationPct === 0) {
    addConstant(out, amount, first, last);
    return;
  }
  // One factor per escalation year rather than per month: it is constant within a year.
  const rate = 1 + escalationPct / 100;
  const powers = escalationPowers(rate, Math.floor((last - 1 - escalationFrom) / 12));
  let m = first;
  while (m < last) {
    const year = Math.floor((m - escalationFrom) / 12);
    const yearEnd = Math.min(last, escalationFrom + (year + 1) * 12);
    const escalated = amount * (year >= 0 && year < powers.length ? (powers[year] as number) : rate ** year);
    addConstant(out, escalated, m, yearEnd);
    m = yearEnd;
  }
}

/** The escalation of one item: its yearly factors, looked up once for the many short spans of a project. */
export interface Escalation {
  readonly pct: number;
  readonly rate: number;
  /** Month index escalation years count from. */
  readonly from: number;
  readonly powers: readonly number[];
}

/** The escalation of `escalationPct` counted from `escalationFrom`, tabled over a horizon of `horizon` months. */
export function escalation(escalationPct: number, escalationFrom: number, horizon: number): Escalation {
  const rate = 1 + escalationPct / 100;
  const powers = escalationPct === 0 ? [] : escalationPowers(rate, Math.floor((horizon - 1 - escalationFrom) / 12));
  return { pct: escalationPct, rate, from: escalationFrom, powers };
}

/** {@link addEscalated} with the item's escalation looked up beforehand: each month adds what addEscalated adds. */
export function addEscalatedSpan(out: Float64Array, from: number, to: number, amount: number, e: Escalation): void {
  const first = Math.max(0, from);
  const last = Math.min(out.length, to);
  if (first >= last || amount === 0) return;
  if (e.pct === 0) {
    addConstant(out, amount, first, last);
    return;
  }
  const { rate, powers } = e;
  let m = first;
  while (m < last) {
    const year = Math.floor((m - e.from) / 12);
    const yearEnd = Math.min(last, e.from + (year + 1) * 12);
    const escalated = amount * (year >= 0 && year < powers.length ? (powers[year] as number) : rate ** year);
    for (let k = m; k < yearEnd; k++) out[k] = (out[k] as number) + escalated;
    m = yearEnd;
  }
}

/** Adds `amount` to `out[m]` when m is inside the horizon. */
export function addAt(out: Float64Array, m: number, amount: number): void {
  if (m >= 0 && m < out.length) out[m] = (out[m] as number) + amount;
}
