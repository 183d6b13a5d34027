
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

/** A scenario as crossovers see it: its id and cumulative cost per month. */
export interface CumulativeSeries {
  readonly id: string;
  readonly cumulative: Float64Array;
}

/**
 * The months where the cheaper of `a` and `b` on cumulative cost changes. The first strict
 * ordering sets who is cheaper; a tie does not change it. `months` holds the `YYYY-MM` of each index.
 */
export function pairCrossovers(a: CumulativeSeries, b: CumulativeSeries, months: readonly string[]): Crossover[] {
  const out: Crossover[] = [];
  const ca = a.cumulative;
  const cb = b.cumulative;
  let leader = 0;
  for (let m = 0; m < ca.length; m++) {
    const diff = (ca[m] as number) - (cb[m] as number);
    const sign = diff > TIE ? 1 : diff < -TIE ? -1 : 0;
    if (sign === 0 || sign === leader) continue;
    if (leader !== 0) {
      out.push({ month: months[m] as string, monthIndex: m, cheaper: sign < 0 ? a.id : b.id, dearer: sign < 0 ? b.id : a.id });
    }
    leader = sign;
  }
  return out;
}

/**
 * Every crossover of every pair of scenarios, pair by pair (scenario i with each later j), each
 * pair's in month order; {@link byMonth} orders them for reading. `pair` may serve pairs from a cache.
 */
export function crossovers<S extends CumulativeSeries>(
  scenarios: readonly S[],
  months: readonly string[],
  pair: (a: S, b: S, k: number) => readonly Crossover[] = (a, b) => pairCrossovers(a, b, months),
): Crossover[] {
  const out: Crossover[] = [];
  let k = 0;
  for (let i = 0; i < scenarios.length; i++) {
    for (let j = i + 1; j < scenarios.length; j++, k++) {
      const list = pair(scenarios[i] as S, scenarios[j] as S, k);
      for (let c = 0; c < list.length; c++) out.push(list[c] as Crossover);
    }
  }
  return out;
}

/** Crossovers ordered by month, ties kept in pair order. */
export function byMonth(list: readonly Crossover[]): Crossover[] {
  return [...list].sort((a, b) => a.monthIndex - b.monthIndex);
}

/** "AI officer only becomes cheaper than Full-time hire in 2028-04". */
export function describeCrossover(crossover: Crossover, nameOf: (id: string) => string): string {
  return `${nameOf(crossover.cheaper)} becomes cheaper than ${nameOf(crossover.dearer)} in ${crossover.month}`;
}
