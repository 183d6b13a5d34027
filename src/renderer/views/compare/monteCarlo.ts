import type { MonteCarloDto } from '../../../shared/ipc/jobChannels';
import { MAX_MONTE_CARLO_TRIALS } from '../../../shared/ipc/jobChannels';
import type { PlanSummary } from '../../../shared/ipc/summary';
import type { Result } from '../../../shared/result';
import { err, ok } from '../../../shared/result';
import { money } from '../../format';
import { multiple, percent } from './compareFormat';

/** A finished run, with the plan it was based on: the summary object tells whether the plan changed since. */
export interface MonteCarloRun {
  readonly result: MonteCarloDto;
  readonly documentId: string;
  /** The summary shown when the run started: every change makes a new one. */
  readonly basis: PlanSummary | null;
  /** The horizon the cumulative band was drawn over: the band is dropped when it no longer lines up. */
  readonly startMonth: string;
  readonly horizonMonths: number;
}

/** Whether there is a run of this document to show, and whether the plan changed since it ran. */
export function runStatus(run: MonteCarloRun | null, documentId: string, summary: PlanSummary | null): 'none' | 'current' | 'stale' {
  if (!run || run.documentId !== documentId) return 'none';
  return run.basis === summary ? 'current' : 'stale';
}

/** Whether the run's month-by-month band lines up with the plan's months now (same start and horizon). */
export function bandFits(run: MonteCarloRun | null, documentId: string, settings: { readonly startMonth: string; readonly horizonMonths: number } | undefined): run is MonteCarloRun {
  return run !== null && run.documentId === documentId && settings !== undefined && run.startMonth === settings.startMonth && run.horizonMonths === settings.horizonMonths;
}

type ScenarioMonteCarlo = MonteCarloDto['scenarios'][number];
type Percentiles = { readonly p10: number; readonly p50: number; readonly p90: number };

/** One row of the Monte Carlo table: a figure at one percentile (or a share), one cell per scenario. */
export interface MonteCarloRow {
  readonly metric: string;
  /** "P10", "P50", "P90", or '' for a share. */
  readonly percentile: string;
  readonly help: string;
  readonly cells: readonly string[];
  /** The first row of its metric: where the metric's name shows. */
  readonly first: boolean;
}

const PERCENTILES = ['p10', 'p50', 'p90'] as const;

function percentileRows(metric: string, help: string, pick: (s: ScenarioMonteCarlo) => Percentiles | null, show: (v: number) => string, none: string, scenarios: readonly (ScenarioMonteCarlo | undefined)[]): MonteCarloRow[] {
  return PERCENTILES.map((p, i) => ({
    metric,
    percentile: p.toUpperCase(),
    help,
    first: i === 0,
    cells: scenarios.map((s) => {
      if (!s) return '—';
      const values = pick(s);
      return values ? show(values[p]) : none;
    }),
  }));
}

/**
 * The Monte Carlo table, scenarios in the order given (the plan's): P10/P50/P90 of total, NPV, cost
 * per workflow and ROI, the share of trials with no workflow shipped, and the probability each is cheapest.
 */
export function monteCarloRows(result: MonteCarloDto, scenarioIds: readonly string[], currency: string): MonteCarloRow[] {
  const scenarios = scenarioIds.map((id) => result.scenarios.find((s) => s.id === id));
  const cheapest = scenarioIds.map((id) => result.probabilityCheapest.find((p) => p.id === id));
  const cash = (v: number): string => money(v, currency);
  const share = (metric: string, help: string, pick: (i: number) => number | undefined): MonteCarloRow => ({
    metric,
    percentile: '',
    help,
    first: true,
    cells: scenarioIds.map((_, i) => {
      const value = pick(i);
      return value === undefined ? '—' : percent(value);
    }),
  });
  return [
    ...percentileRows('Total', 'Total cost over the horizon: 10% of trials cost less than P10, half less than P50, 90% less than P90.', (s) => s.total, cash, '—', scenarios),
    ...percentileRows('NPV', 'Net present value of the costs at the plan’s discount rate.', (s) => s.npv, cash, '—', scenarios),
    ...percentileRows('Cost per workflow', 'Total divided by workflows shipped, over the trials that shipped at least one.', (s) => s.costPerWorkflow, cash, 'no workflow shipped', scenarios),
    ...percentileRows('ROI', 'Value divided by total cost.', (s) => s.roi, (v) => multiple(v), '—', scenarios),
    share('No workflow shipped', 'Share of trials in which the scenario shipped nothing within the horizon.', (i) => scenarios[i]?.noWorkflowShare),
    share('Cheapest on total', 'Share of trials in which the scenario has the lowest total cost.', (i) => cheapest[i]?.total),
    share('Cheapest per workflow', 'Share of trials in which the scenario has the lowest cost per workflow shipped.', (i) => cheapest[i]?.costPerWorkflow),
  ];
}

/** Reads a whole number a person typed for trials or seed: "10,000", "200k", "1m". */
export function parseWholeNumber(text: string, min: number, max: number): Result<number, string> {
  const match = /^(\d[\d,_ ]*(?:\.\d+)?)\s*([km]?)$/i.exec(text.trim());
  if (!match) return err('must be a whole number');
  const value = Number((match[1] ?? '').replace(/[,_ ]/g, '')) * (match[2]?.toLowerCase() === 'k' ? 1_000 : match[2]?.toLowerCase() === 'm' ? 1_000_000 : 1);
  if (!Number.isInteger(value)) return err('must be a whole number');
  if (value < min) return err(`must be at least ${min.toLocaleString('en-US')}`);
  if (value > max) return err(`must be at most ${max.toLocaleString('en-US')}`);
  return ok(value);
}

/** Trials a person typed: 1 to 1,000,000. */
export function parseTrials(text: string): Result<number, string> {
  return parseWholeNumber(text, 1, MAX_MONTE_CARLO_TRIALS);
}

/** A seed a person typed: 0 to 2^32 − 1. */
export function parseSeed(text: string): Result<number, string> {
  return parseWholeNumber(text, 0, 2 ** 32 - 1);
}

/** What the shared progress bar calls a run: "Running 10,000 Monte Carlo trials". */
export function monteCarloJobLabel(trials: number): string {
  return `Running ${trials.toLocaleString('en-US')} Monte Carlo trial${trials === 1 ? '' : 's'}`;
}
