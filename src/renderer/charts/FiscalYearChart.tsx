import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { useMemo, type JSX } from 'react';
import { money } from '../format';
import { compactMoney } from '../views/compare/compareFormat';
import { fiscalYearRows, seriesKey, type ChartRow } from './chartData';
import { chartTheme, registerCharts } from './chartTheme';
import { scenarioColor } from './palette';
import { useColorScheme } from './useColorScheme';

registerCharts();

interface Props {
  /** Fiscal-year labels, partial years marked: "FY2026 (1 mo)". */
  readonly years: readonly string[];
  readonly scenarios: readonly { readonly name: string; readonly byFiscalYear: readonly number[] }[];
  readonly currency: string;
}

/** Cost per fiscal year: grouped bars, one per scenario, in the scenarios' colours. */
export function FiscalYearChart({ years, scenarios, currency }: Props): JSX.Element {
  const scheme = useColorScheme();
  const options = useMemo(
    (): AgCartesianChartOptions => ({
      theme: chartTheme(scheme),
      data: fiscalYearRows(years, scenarios),
      series: scenarios.map((s, i) => ({
        type: 'bar' as const,
        xKey: 'year',
        yKey: seriesKey(i),
        yName: s.name,
        fill: scenarioColor(i),
        cornerRadius: 2,
        tooltip: {
          renderer: ({ datum }: { datum: ChartRow }) => ({ heading: String(datum.year), title: s.name, data: [{ label: 'Cost', value: money(Number(datum[seriesKey(i)] ?? 0), currency) }] }),
        },
      })),
      axes: {
        x: { type: 'category', position: 'bottom' },
        y: { type: 'number', position: 'left', label: { formatter: ({ value }) => compactMoney(Number(value), currency) } },
      },
      legend: { enabled: true, position: 'bottom' },
      animation: { enabled: false },
    }),
    [scheme, years, scenarios, currency],
  );
  return <AgCharts options={options} className="chart" />;
}
