import { AgCharts } from 'ag-charts-react';
import type { AgCartesianChartOptions, AgCartesianSeriesOptions } from 'ag-charts-community';
import { useMemo, type JSX } from 'react';
import { money } from '../format';
import { compactMoney, monthWords } from '../views/compare/compareFormat';
import { cumulativeRows, seriesKey, type ChartRow, type CumulativeSeries } from './chartData';
import { chartTheme, registerCharts } from './chartTheme';
import { scenarioColor } from './palette';
import { useColorScheme } from './useColorScheme';

registerCharts();

/** A scenario line of the cumulative chart, by its position in the plan. */
export interface CumulativeLine extends CumulativeSeries {
  readonly name: string;
}

interface Props {
  readonly months: readonly string[];
  readonly lines: readonly CumulativeLine[];
  readonly currency: string;
}

const text = (row: ChartRow, key: string): number => Number(row[key] ?? 0);

/** Cumulative cost by scenario over the months, with each scenario's P10–P90 band when a Monte Carlo run lines up. */
export function CumulativeChart({ months, lines, currency }: Props): JSX.Element {
  const scheme = useColorScheme();
  const options = useMemo((): AgCartesianChartOptions => {
    const series: AgCartesianSeriesOptions[] = [];
    for (const line of lines) {
      if (!line.band) continue;
      const color = scenarioColor(line.index);
      const group = `band-${line.index}`;
      // The band: an invisible P10 area with the P90 − P10 width stacked on it.
      series.push({ type: 'area', xKey: 'month', yKey: seriesKey(line.index, 'p10'), stacked: true, stackGroup: group, fillOpacity: 0, strokeWidth: 0, showInLegend: false, tooltip: { enabled: false } });
      series.push({
        type: 'area',
        xKey: 'month',
        yKey: seriesKey(line.index, 'band'),
        yName: `${line.name} P10–P90`,
        stacked: true,
        stackGroup: group,
        fill: color,
        fillOpacity: 0.16,
        strokeWidth: 0,
        showInLegend: false,
        tooltip: {
          renderer: ({ datum }: { datum: ChartRow }) => ({
            heading: monthWords(String(datum.month)),
            title: `${line.name}, Monte Carlo`,
            data: [
              { label: 'P10', value: money(text(datum, seriesKey(line.index, 'p10')), currency) },
              { label: 'P90', value: money(text(datum, seriesKey(line.index, 'p90')), currency) },
            ],
          }),
        },
      });
    }
    for (const line of lines) {
      if (!line.cumulative) continue;
      series.push({
        type: 'line',
        xKey: 'month',
        yKey: seriesKey(line.index),
        yName: line.name,
        stroke: scenarioColor(line.index),
        strokeWidth: 2,
        marker: { enabled: false },
        tooltip: {
          renderer: ({ datum }: { datum: ChartRow }) => ({
            heading: monthWords(String(datum.month)),
            title: line.name,
            data: [{ label: 'Cumulative cost', value: money(text(datum, seriesKey(line.index)), currency) }],
          }),
        },
      });
    }
    return {
      theme: chartTheme(scheme),
      data: cumulativeRows(months, lines),
      series,
      axes: {
        x: { type: 'category', position: 'bottom', label: { formatter: ({ value }) => monthWords(String(value), true), autoRotate: false } },
        y: { type: 'number', position: 'left', label: { formatter: ({ value }) => compactMoney(Number(value), currency) } },
      },
      legend: { enabled: false },
      animation: { enabled: false },
    };
  }, [scheme, months, lines, currency]);
  return <AgCharts options={options} className="chart" />;
}
