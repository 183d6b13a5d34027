import type { Plan, Range } from '../model';
import { itemContext } from './context';
import { createFigureContexts } from './figureContext';
import { computeWork, releaseWork } from './items/item';
import { percentiles, percentilesBySelection, type Percentiles } from './percentile';
import { collectRanges } from './ranges';
import { createRandom, triangular } from './random';
import { drawnResolver } from './resolve';

/** Monte Carlo figures of one scenario. */
export interface ScenarioMonteCarlo {
  readonly id: string;
  readonly total: Percentiles;
  readonly npv: Percentiles;
  readonly workflowsShipped: Percentiles;
  /** Over the trials that shipped at least one workflow; null when none did. */
  readonly costPerWorkflow: Percentiles | null;
  /** Over the trials with a non-zero total; null when none had one. */
  readonly roi: Percentiles | null;
  /** Share (0–1) of trials in which nothing shipped. */
  readonly noWorkflowShare: number;
  /** P10/P50/P90 of cumulative cost per month: the band around the cumulative chart. */
  readonly cumulative: { readonly p10: Float64Array; readonly p50: Float64Array; readonly p90: Float64Array };
}

/** Share of trials (0–1) in which a scenario is the cheapest; ties are shared equally. */
export interface ProbabilityCheapest {
  readonly id: string;
  readonly total: number;
  /** Among trials where at least one scenario shipped; a trial where none did counts for no one. */
  readonly costPerWorkflow: number;
}

/** The whole Monte Carlo result of a plan. */
export interface MonteCarloResult {
  readonly trials: number;
  readonly seed: number;
  readonly scenarios: readonly ScenarioMonteCarlo[];
  readonly probabilityCheapest: readonly ProbabilityCheapest[];
}

/** Options of a Monte Carlo run: how many trials and the seed (a whole number; same seed, same numbers). */
export interface MonteCarloOptions {
  readonly trials: number;
  readonly seed: number;
}

/** A run that can be advanced in slices, so a worker can report progress and stop between them. */
export interface MonteCarloRun {
  /** Runs up to `count` more trials; returns how many trials are done in all. */
  step(count: number): number;
  /** The result of the trials run so far. */
  finish(): MonteCarloResult;
}

function addShares(shares: Float64Array, values: Float64Array, present: Uint8Array): void {
  let best = Infinity;
  let count = 0;
  for (let s = 0; s < values.length; s++) {
    if (!present[s]) continue;
    const v = values[s] as number;
    if (v < best) {
      best = v;
      count = 1;
    } else if (v === best) count++;
  }
  if (count === 0) return;
  for (let s = 0; s < values.length; s++) if (present[s] && values[s] === best) shares[s] = (shares[s] as number) + 1 / count;
}

/** Starts a Monte Carlo run: every range drawn independently from triangular(low, base, high) each trial. */
export function startMonteCarlo(plan: Plan, options: MonteCarloOptions): MonteCarloRun {
  const { settings } = plan;
  const H = settings.horizonMonths;
  const S = plan.scenarios.length;
  const trials = Math.max(0, Math.floor(options.trials));
  const refs = collectRanges(plan);
  const random = createRandom(options.seed);
  const drawn = new Map<Range, number>();
  const resolve = drawnResolver(drawn);
  const figureContext = createFigureContexts();
  const totals = plan.scenarios.map(() => new Float64Array(trials));
  const npvs = plan.scenarios.map(() => new Float64Array(trials));
  const shipped = plan.scenarios.map(() => new Float64Array(trials));
  const cpw = plan.scenarios.map(() => new Float64Array(trials));
  const roi = plan.scenarios.map(() => new Float64Array(trials));
  const cumulative = plan.scenarios.map(() => new Float64Array(trials * H));
  const cheapestTotal = new Float64Array(S);
  const cheapestCpw = new Float64Array(S);
  const trialTotals = new Float64Array(S);
  const trialCpw = new Float64Array(S);
  const allPresent = new Uint8Array(S).fill(1);
  const monthly = new Float64Array(H);
  const cpwPresent = new Uint8Array(S);
  let done = 0;

  function trial(t: number): void {
    for (const ref of refs) {
      const { low, base, high } = ref.range;
      const v = triangular(random(), low, base, high);
      drawn.set(ref.range, ref.integer ? Math.round(v) : v);
    }
    const ctx = itemContext(settings, resolve);
    const offset = t * H;
    plan.scenarios.forEach((scenario, s) => {
      const { discount, valuePerWorkflowMonth } = figureContext(settings, scenario, resolve);
      monthly.fill(0);
      let ships = 0;
      let valueMonths = 0;
      for (const item of scenario.items) {
        const result = computeWork(item, resolve, ctx);
        const series = result.monthly;
        // Months outside the active window are 0: skipping them leaves the sums the same.
        for (let m = result.activeFrom; m < result.activeTo; m++) monthly[m] = (monthly[m] as number) + (series[m] as number);
        ships += result.shipMonths.length;
        for (const ship of result.shipMonths) valueMonths += H - 1 - ship;
        releaseWork(result, ctx);
      }
      const cum = cumulative[s] as Float64Array;
      let total = 0;
      let presentValue = 0;
      for (let m = 0; m < H; m++) {
        const cost = monthly[m] as number;
        total += cost;
        presentValue += cost * (discount[m] as number);
        cum[offset + m] = total;
      }
      const value = valuePerWorkflowMonth * valueMonths;
      const costPerWorkflow = ships === 0 ? Number.NaN : total / ships;
      (totals[s] as Float64Array)[t] = total;
      (npvs[s] as Float64Array)[t] = presentValue;
      (shipped[s] as Float64Array)[t] = ships;
      (cpw[s] as Float64Array)[t] = costPerWorkflow;
      (roi[s] as Float64Array)[t] = total === 0 ? Number.NaN : value / total;
      trialTotals[s] = total;
      trialCpw[s] = costPerWorkflow;
      cpwPresent[s] = ships === 0 ? 0 : 1;
    });
    addShares(cheapestTotal, trialTotals, allPresent);
    addShares(cheapestCpw, trialCpw, cpwPresent);
  }

  return {
    step(count) {
      const end = Math.min(trials, done + Math.max(0, Math.floor(count)));
      for (; done < end; done++) trial(done);
      return done;
    },
    finish() {
      const n = done;
      const column = new Float64Array(n);
      const scenarios = plan.scenarios.map((scenario, s): ScenarioMonteCarlo => {
        const defined = (values: Float64Array): Float64Array => values.slice(0, n).filter((v) => !Number.isNaN(v));
        const band = { p10: new Float64Array(H), p50: new Float64Array(H), p90: new Float64Array(H) };
        const cum = cumulative[s] as Float64Array;
        for (let m = 0; m < H && n > 0; m++) {
          for (let t = 0; t < n; t++) column[t] = cum[t * H + m] as number;
          const p = percentilesBySelection(column) as Percentiles;
          band.p10[m] = p.p10;
          band.p50[m] = p.p50;
          band.p90[m] = p.p90;
        }
        const noneShipped = (shipped[s] as Float64Array).slice(0, n).filter((v) => v === 0).length;
        const nan: Percentiles = { p10: Number.NaN, p50: Number.NaN, p90: Number.NaN };
        return {
          id: scenario.id,
          total: percentiles((totals[s] as Float64Array).slice(0, n)) ?? nan,
          npv: percentiles((npvs[s] as Float64Array).slice(0, n)) ?? nan,
          workflowsShipped: percentiles((shipped[s] as Float64Array).slice(0, n)) ?? nan,
          costPerWorkflow: percentiles(defined(cpw[s] as Float64Array)),
          roi: percentiles(defined(roi[s] as Float64Array)),
          noWorkflowShare: n === 0 ? 0 : noneShipped / n,
          cumulative: band,
        };
      });
      return {
        trials: n,
        seed: options.seed,
        scenarios,
        probabilityCheapest: plan.scenarios.map((scenario, s) => ({
          id: scenario.id,
          total: n === 0 ? 0 : (cheapestTotal[s] as number) / n,
          costPerWorkflow: n === 0 ? 0 : (cheapestCpw[s] as number) / n,
        })),
      };
    },
  };
}

/** Runs every trial at once (the CLI and tests); the app runs slices in a worker. */
export function runMonteCarlo(plan: Plan, options: MonteCarloOptions): MonteCarloResult {
  const run = startMonteCarlo(plan, options);
  run.step(options.trials);
  return run.finish();
}
