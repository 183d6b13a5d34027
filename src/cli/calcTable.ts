import { byMonth, describeCrossover, type MonteCarloResult, type PlanResult, type ScenarioFigures } from '#shared/calc';
import { addMonths, valueIn, type Plan } from '#shared/model';
import { formatMoney, formatRatio, formatShare } from './format/money';
import { renderTable, type TableRow } from './format/table';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The comparison a CFO reads: scenarios as columns, fiscal years and key figures as rows, money in the plan currency. */
export function calcTable(plan: Plan, result: PlanResult, monteCarlo: MonteCarloResult | null): string {
  const { settings } = plan;
  const money = (v: number): string => formatMoney(v, settings.currency);
  const row = (label: string, cell: (s: ScenarioFigures, i: number) => string): TableRow => [label, ...result.scenarios.map(cell)];
  const fiscalRows = result.fiscalYears.map((fy, y) =>
    row(fy.partial ? `${fy.label} (${fy.months} mo, ${fy.first}…${fy.last})` : fy.label, (s) => money(s.byFiscalYear[y] ?? 0)),
  );
  const rows: TableRow[] = [
    ...fiscalRows,
    row('Total', (s) => money(s.total)),
    row('  cash', (s) => money(s.cashTotal)),
    row('  non-cash (equity)', (s) => money(s.nonCashTotal)),
    row(`NPV at ${valueIn(settings.discountRatePct, 'base')}%`, (s) => money(s.npv)),
    null,
    row('Workflows shipped', (s) => String(s.workflowsShipped)),
    row('First ship', (s) => s.firstShipMonth ?? 'none'),
    row('Cost per workflow', (s) => (s.costPerWorkflow === null ? 'no workflow shipped' : money(s.costPerWorkflow))),
    row('Value', (s) => money(s.value)),
    row('Net (value − cost)', (s) => money(s.net)),
    row('ROI', (s) => formatRatio(s.roi)),
    row('Payback', (s) => s.paybackMonth ?? 'none'),
    row('Meets the 3x rule', (s) => (s.meetsThreeX ? 'yes' : 'no')),
  ];
  if (result.hasRanges) {
    rows.push(
      null,
      row('Total, all low inputs', (_, i) => money(result.scenarios[i]?.low?.total ?? 0)),
      row('Total, all high inputs', (_, i) => money(result.scenarios[i]?.high?.total ?? 0)),
    );
  }
  if (monteCarlo) {
    const mc = (i: number) => monteCarlo.scenarios[i];
    const p = (v: { p10: number; p50: number; p90: number } | null | undefined, f: (n: number) => string): string =>
      v ? `${f(v.p10)} / ${f(v.p50)} / ${f(v.p90)}` : 'no workflow shipped';
    rows.push(
      null,
      row('Total P10 / P50 / P90', (_, i) => p(mc(i)?.total, money)),
      row('NPV P10 / P50 / P90', (_, i) => p(mc(i)?.npv, money)),
      row('Workflows P10 / P50 / P90', (_, i) => p(mc(i)?.workflowsShipped, (n) => n.toFixed(0))),
      row('Cost/workflow P10 / P50 / P90', (_, i) => p(mc(i)?.costPerWorkflow, money)),
      row('No workflow shipped', (_, i) => formatShare(mc(i)?.noWorkflowShare ?? 0)),
      row('Cheapest (total)', (_, i) => formatShare(monteCarlo.probabilityCheapest[i]?.total ?? 0)),
      row('Cheapest (cost per workflow)', (_, i) => formatShare(monteCarlo.probabilityCheapest[i]?.costPerWorkflow ?? 0)),
    );
  }
  const last = addMonths(settings.startMonth, settings.horizonMonths - 1);
  const title = [
    plan.name ?? 'Plan',
    settings.currency,
    `${settings.startMonth} to ${last} (${settings.horizonMonths} months)`,
    `fiscal year starts in ${MONTHS[settings.fiscalYearStartMonth - 1]}`,
  ].join(' · ');
  const nameOf = (id: string): string => result.scenarios.find((s) => s.id === id)?.name ?? id;
  const crossings = result.crossovers.length
    ? ['Crossovers (cumulative cost):', ...byMonth(result.crossovers).map((c) => `  ${describeCrossover(c, nameOf)}`)]
    : ['Crossovers (cumulative cost): none, the order never changes'];
  const footer = monteCarlo ? [`Monte Carlo: ${monteCarlo.trials.toLocaleString('en-US')} trials, seed ${monteCarlo.seed}.`] : [];
  return [title, '', renderTable(['', ...result.scenarios.map((s) => s.name)], rows), '', ...crossings, ...footer, ''].join('\n');
}
