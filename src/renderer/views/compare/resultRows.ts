import type { PlanSummary, SummaryFigures } from '../../../shared/ipc/summary';
import { money } from '../../format';
import { fiscalYearLabel, monthWords, multiple } from './compareFormat';

export type ScenarioSummary = PlanSummary['scenarios'][number];

/** Which way a row's figure is better: less cost, more value, or sooner; null when no side is better. */
export type Better = 'lower' | 'higher' | 'earlier' | null;

/** A row of the results table: its label, what it means, how to show a figure, and which way is better. */
export interface ResultRow {
  readonly id: string;
  readonly label: string;
  /** What the figure means, from cost-model.md "Results": shown on hover and focus. */
  readonly help: string;
  readonly better: Better;
  /** The figure to compare across scenarios: null is never the best (no workflow shipped, no payback). */
  readonly key: (figures: SummaryFigures) => number | string | null;
  readonly format: (figures: SummaryFigures, currency: string) => string;
}

const moneyRow = (id: string, label: string, help: string, pick: (f: SummaryFigures) => number, better: Better = 'lower'): ResultRow => ({
  id,
  label,
  help,
  better,
  key: pick,
  format: (f, currency) => money(pick(f), currency),
});

/** The rows of the results table, fiscal years first, in the order a CFO reads them. */
export function resultRows(fiscalYears: PlanSummary['fiscalYears']): ResultRow[] {
  return [
    ...fiscalYears.map((year, y) =>
      moneyRow(
        `fy-${year.label}`,
        fiscalYearLabel(year),
        `Cost in ${year.label}, ${monthWords(year.first)} to ${monthWords(year.last)}${year.partial ? ` — a partial year of ${year.months} months inside the plan` : ''}.`,
        (f) => f.byFiscalYear[y] ?? 0,
      ),
    ),
    moneyRow('total', 'Total', 'Cost over the whole horizon: every item, every month, overrides applied, cash and non-cash.', (f) => f.total),
    moneyRow('cash', 'Cash', 'The part of the total paid in cash: fees, salaries, recruiting and bonuses.', (f) => f.cashTotal),
    moneyRow('non-cash', 'Non-cash (equity)', 'Equity grants priced at the company valuation, expensed over 48 months; zero when no valuation is set.', (f) => f.nonCashTotal),
    moneyRow('npv', 'NPV', 'Net present value of the monthly costs at the plan’s discount rate: later money counts for less.', (f) => f.npv),
    {
      id: 'workflows',
      label: 'Workflows shipped',
      help: 'AI workflows delivered inside the horizon, from project items and items with delivery.',
      better: 'higher',
      key: (f) => f.workflowsShipped,
      format: (f) => String(f.workflowsShipped),
    },
    {
      id: 'first-ship',
      label: 'First ship',
      help: 'The month the first workflow ships.',
      better: 'earlier',
      key: (f) => f.firstShipMonth,
      format: (f) => (f.firstShipMonth === null ? 'none' : monthWords(f.firstShipMonth, true)),
    },
    {
      id: 'cost-per-workflow',
      label: 'Cost per workflow',
      help: 'Total divided by workflows shipped.',
      better: 'lower',
      key: (f) => f.costPerWorkflow,
      format: (f, currency) => (f.costPerWorkflow === null ? 'no workflow shipped' : money(f.costPerWorkflow, currency)),
    },
    moneyRow('value', 'Value', 'Staff time saved by shipped workflows: hours saved per workflow per month × loaded hourly cost, every month after each ships.', (f) => f.value, 'higher'),
    moneyRow('net', 'Net', 'Value minus total cost.', (f) => f.net, 'higher'),
    {
      id: 'roi',
      label: 'ROI',
      help: 'Value divided by total cost: 1.00× pays for itself, 3.00× meets the 3x rule.',
      better: 'higher',
      key: (f) => f.roi,
      format: (f) => multiple(f.roi),
    },
    {
      id: 'payback',
      label: 'Payback',
      help: 'The first month cumulative value reaches cumulative cost.',
      better: 'earlier',
      key: (f) => f.paybackMonth,
      format: (f) => (f.paybackMonth === null ? 'not within the plan' : monthWords(f.paybackMonth, true)),
    },
    {
      id: 'three-x',
      label: '3x rule',
      help: 'Whether value is at least 3 times the cost (ROI ≥ 3.00×), the rule of thumb for AI leadership spend.',
      better: null,
      key: (f) => (f.meetsThreeX ? 1 : 0),
      format: (f) => (f.meetsThreeX ? 'meets' : 'does not'),
    },
  ];
}

/** Money keys compare to the cent, as they are shown; months compare as `YYYY-MM` text. */
function sameKey(a: number | string, b: number | string): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 0.005 : a === b;
}

/**
 * The scenarios with the best figure of a row in a case: the cheapest, the highest value, the
 * soonest. None when fewer than two scenarios have a figure, or when all of them are equal.
 */
export function bestScenarioIds(row: ResultRow, scenarios: readonly ScenarioSummary[], which: ResultCase = 'base'): Set<string> {
  if (row.better === null) return new Set();
  const keyed = scenarios.flatMap((s) => {
    const figures = figuresOf(s, which);
    const key = figures ? row.key(figures) : null;
    return key === null ? [] : [{ id: s.id, key }];
  });
  if (scenarios.length < 2 || keyed.length === 0) return new Set();
  const sign = row.better === 'higher' ? -1 : 1;
  const compare = (a: number | string, b: number | string): number => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)));
  const best = keyed.reduce((b, { key }) => (sign * compare(key, b) < 0 ? key : b), keyed[0]?.key as number | string);
  const winners = keyed.filter((k) => sameKey(k.key, best));
  if (winners.length === scenarios.length) return new Set();
  return new Set(winners.map((w) => w.id));
}

/** A case of the results: every range at its base, at its low, or at its high. */
export type ResultCase = 'base' | 'low' | 'high';

/** A scenario's figures in a case; null when the plan has no ranges for the low and high cases. */
export function figuresOf(scenario: ScenarioSummary, which: ResultCase): SummaryFigures | null {
  return which === 'base' ? scenario : scenario[which];
}

/** The low and high cases of a figure in words ("Low inputs: $420,000 · high inputs: $960,000"), or null when the plan has no ranges. */
export function rangeText(row: ResultRow, scenario: ScenarioSummary, currency: string): string | null {
  if (!scenario.low || !scenario.high) return null;
  return `Low inputs: ${row.format(scenario.low, currency)} · high inputs: ${row.format(scenario.high, currency)}`;
}
