import { monthKeyOf } from '../model';

/** A month where the cheaper of two scenarios on cumulative cost changes. */
export interface Crossover {
  /** `YYYY-MM` of the month, and its index from the plan start. */
  readonly month: string;
  readonly monthIndex: number;
  /** Scenario id that becomes cheaper from this month. */
  readonly cheaper: string;
  /** Scenario id it overtakes. */
  readonly dearer: string;
}

/** Differences below half a cent are ties, so float noise never reads as a crossover. */
const TIE = 0.005;

/**
 * Every month where, for a pair of scenarios, the one with the lower cumulative cost changes.
 * The first strict ordering sets who is cheaper; a tie does not change it. Sorted by month, then input order.
 */
export function crossovers(
  scenarios: readonly { readonly id: string; readonly cumulative: Float64Array }[],
  startOrdinal: number,
): Crossover[] {
  const out: Crossover[] = [];
  for (let i = 0; i < scenarios.length; i++) {
    for (let j = i + 1; j < scenarios.length; j++) {
      const a = scenarios[i] as (typeof scenarios)[number];
      const b = scenarios[j] as (typeof scenarios)[number];
      let leader = 0;
      for (let m = 0; m < a.cumulative.length; m++) {
        const diff = (a.cumulative[m] as number) - (b.cumulative[m] as number);
        const sign = diff > TIE ? 1 : diff < -TIE ? -1 : 0;
        if (sign === 0 || sign === leader) continue;
        if (leader !== 0) {
          const [cheaper, dearer] = sign < 0 ? [a.id, b.id] : [b.id, a.id];
          out.push({ month: monthKeyOf(startOrdinal + m), monthIndex: m, cheaper, dearer });
        }
        leader = sign;
      }
    }
  }
  return out.sort((x, y) => x.monthIndex - y.monthIndex);
}

/** "AI officer only becomes cheaper than Full-time hire in 2028-04". */
export function describeCrossover(crossover: Crossover, nameOf: (id: string) => string): string {
  return `${nameOf(crossover.cheaper)} becomes cheaper than ${nameOf(crossover.dearer)} in ${crossover.month}`;
}
