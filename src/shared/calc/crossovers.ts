
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

/** The answer for the many pairs that never cross, shared rather than allocated each time. */
const NONE: readonly Crossover[] = Object.freeze([]);

/** A scenario as crossovers see it: its id and cumulative cost per month. */
export interface CumulativeSeries {
  readonly id: string;
  readonly cumulative: Float64Array;
}

/**
 * The months where the cheaper of `a` and `b` on cumulative cost changes. The first strict
 * ordering sets who is cheaper; a tie does not change it. `months` holds the `YYYY-MM` of each index.
 */
export function pairCrossovers(a: CumulativeSeries, b: CumulativeSeries, months: readonly string[]): readonly Crossover[] {
  let out: Crossover[] | null = null;
  const ca = a.cumulative;
  const cb = b.cumulative;
  const n = ca.length;
  let leader = 0;
  let m = 0;
  while (m < n) {
    // Most months change nothing: while one scenario leads, only a strict lead of the other does.
    // Four months are checked at a time for that; any that might matter are then taken one by one.
    if (m + 3 < n && leader !== 0) {
      const d0 = (ca[m] as number) - (cb[m] as number);
      const d1 = (ca[m + 1] as number) - (cb[m + 1] as number);
      const d2 = (ca[m + 2] as number) - (cb[m + 2] as number);
      const d3 = (ca[m + 3] as number) - (cb[m + 3] as number);
      const quiet = leader > 0 ? !(d0 < -TIE || d1 < -TIE || d2 < -TIE || d3 < -TIE) : !(d0 > TIE || d1 > TIE || d2 > TIE || d3 > TIE);
      if (quiet) {
        m += 4;
        continue;
      }
    }
    const diff = (ca[m] as number) - (cb[m] as number);
    if (diff > TIE) {
      if (leader < 0) (out ??= []).push({ month: months[m] as string, monthIndex: m, cheaper: b.id, dearer: a.id });
      leader = 1;
    } else if (diff < -TIE) {
      if (leader > 0) (out ??= []).push({ month: months[m] as string, monthIndex: m, cheaper: a.id, dearer: b.id });
      leader = -1;
    }
    m++;
  }
  return out ?? NONE;
}

/** Crossovers ordered by month, ties kept in pair order. */
export function byMonth(list: readonly Crossover[]): Crossover[] {
  return [...list].sort((a, b) => a.monthIndex - b.monthIndex);
}

/** "AI officer only becomes cheaper than Full-time hire in 2028-04". */
export function describeCrossover(crossover: Crossover, nameOf: (id: string) => string): string {
  return `${nameOf(crossover.cheaper)} becomes cheaper than ${nameOf(crossover.dearer)} in ${crossover.month}`;
}
