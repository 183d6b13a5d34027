import { pairCrossovers, type Crossover, type CumulativeSeries } from './crossovers';

/** Every pair's crossovers, in pair order (0-1, 0-2, …, 1-2, …), as one list. */
export type CrossoverPairs = (scenarios: readonly CumulativeSeries[], months: readonly string[]) => Crossover[];

/** Position of the pair (i, j), i < j, of `count` scenarios in pair order. */
function pairIndex(i: number, j: number, count: number): number {
  return i * count - (i * (i + 1)) / 2 + (j - i - 1);
}

/** The lists one after another, in one array sized up front (`Array.prototype.flat` measured ten times slower). */
function concatenated(lists: readonly (readonly Crossover[])[]): Crossover[] {
  let total = 0;
  for (let p = 0; p < lists.length; p++) total += (lists[p] as readonly Crossover[]).length;
  const out = new Array<Crossover>(total);
  let n = 0;
  for (let p = 0; p < lists.length; p++) {
    const list = lists[p] as readonly Crossover[];
    for (let c = 0; c < list.length; c++) out[n++] = list[c] as Crossover;
  }
  return out;
}

/** Where each list starts in their concatenation. */
function startsOf(lists: readonly (readonly Crossover[])[]): number[] {
  const starts: number[] = [];
  let n = 0;
  for (let p = 0; p < lists.length; p++) {
    starts.push(n);
    n += (lists[p] as readonly Crossover[]).length;
  }
  return starts;
}

/**
 * Crossovers of every pair of scenarios, remembered by scenario position: when the list keeps its
 * length, only the pairs of a scenario whose series is a new object are recomputed (S − 1 of
 * S(S − 1)/2 for one edited scenario); the rest keep their lists. When the recomputed pairs keep
 * their number of crossovers, the joined list is patched in place rather than rebuilt. The answer
 * is always the same as computing every pair afresh, in a new array.
 */
export function createCrossoverPairs(): CrossoverPairs {
  let last: readonly CumulativeSeries[] = [];
  let lastMonths: readonly string[] | null = null;
  let lists: (readonly Crossover[])[] = [];
  // The joined list, private (callers get a copy), and where each pair's list starts in it.
  let joined: Crossover[] = [];
  let starts: number[] = [];
  const changed: number[] = [];
  let lengthChanged = false;

  // Declared once, not per call: under tsx (esbuild keepNames) every closure made costs a defineProperty.
  function update(p: number, list: readonly Crossover[]): void {
    if (list.length !== (lists[p] as readonly Crossover[]).length) lengthChanged = true;
    lists[p] = list;
    changed.push(p);
  }

  return (scenarios, months) => {
    const count = scenarios.length;
    const rebuild = count !== last.length || months !== lastMonths;
    changed.length = 0;
    lengthChanged = false;
    if (rebuild) {
      lists = [];
      for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) lists.push(pairCrossovers(scenarios[i] as CumulativeSeries, scenarios[j] as CumulativeSeries, months));
    } else {
      for (let i = 0; i < count; i++) {
        const a = scenarios[i] as CumulativeSeries;
        if (a === last[i]) continue;
        for (let j = 0; j < i; j++) update(pairIndex(j, i, count), pairCrossovers(scenarios[j] as CumulativeSeries, a, months));
        for (let j = i + 1; j < count; j++) {
          // A pair of two changed scenarios is done once: when the loop reaches the later one.
          if (scenarios[j] !== last[j]) continue;
          update(pairIndex(i, j, count), pairCrossovers(a, scenarios[j] as CumulativeSeries, months));
        }
      }
    }
    last = scenarios;
    lastMonths = months;
    if (rebuild || lengthChanged) {
      joined = concatenated(lists);
      starts = startsOf(lists);
    } else {
      for (let k = 0; k < changed.length; k++) {
        const p = changed[k] as number;
        const list = lists[p] as readonly Crossover[];
        const at = starts[p] as number;
        for (let c = 0; c < list.length; c++) joined[at + c] = list[c] as Crossover;
      }
    }
    // A builtin copy: fast even before the JIT has optimized this closure, which an edit calls once.
    return joined.slice();
  };
}
