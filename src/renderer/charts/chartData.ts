/** One row of a chart's data: the category (a month, a fiscal year) and a number per series key. */
export type ChartRow = Record<string, string | number>;

/** The data key of a scenario's series, by its position: ids may hold characters a chart key should not. */
export function seriesKey(index: number, part: '' | 'p10' | 'p90' | 'band' = ''): string {
  return `s${index}${part}`;
}

/** A scenario's cumulative cost by month, and the P10/P90 band of the last Monte Carlo run when one lines up. */
export interface CumulativeSeries {
  readonly index: number;
  readonly cumulative: readonly number[] | null;
  readonly band: { readonly p10: readonly number[]; readonly p90: readonly number[] } | null;
}

/**
 * Rows of the cumulative chart, one per month: each scenario's cumulative cost (`s0`), and for the
 * band its P10 (`s0p10`), P90 (`s0p90`) and the width between them (`s0band`) — the band is drawn
 * as the width stacked on an invisible P10 area, since AG Charts Community has no range area.
 */
export function cumulativeRows(months: readonly string[], series: readonly CumulativeSeries[]): ChartRow[] {
  return months.map((month, m) => {
    const row: ChartRow = { month };
    for (const s of series) {
      const value = s.cumulative?.[m];
      if (value !== undefined) row[seriesKey(s.index)] = value;
      const p10 = s.band?.p10[m];
      const p90 = s.band?.p90[m];
      if (p10 !== undefined && p90 !== undefined) {
        row[seriesKey(s.index, 'p10')] = p10;
        row[seriesKey(s.index, 'p90')] = p90;
        row[seriesKey(s.index, 'band')] = Math.max(0, p90 - p10);
      }
    }
    return row;
  });
}

/** Rows of the fiscal-year bars: one per fiscal year (its label), a value per scenario (`s0`, `s1`, …). */
export function fiscalYearRows(labels: readonly string[], scenarios: readonly { readonly byFiscalYear: readonly number[] }[]): ChartRow[] {
  return labels.map((year, y) => {
    const row: ChartRow = { year };
    scenarios.forEach((s, i) => {
      row[seriesKey(i)] = s.byFiscalYear[y] ?? 0;
    });
    return row;
  });
}

/** A tornado input as main sends it: the scenario total with the input at its low and at its high. */
export interface TornadoEntry {
  readonly input: string;
  readonly low: number;
  readonly high: number;
  readonly totalAtLow: number;
  readonly totalAtHigh: number;
  readonly swing: number;
}

/** One bar of the tornado, positioned as fractions 0–1 of the plot width. */
export interface TornadoBar {
  readonly entry: TornadoEntry;
  /** From the base total to the total with the input at its low / high, as [start, end] fractions. */
  readonly lowSpan: readonly [number, number];
  readonly highSpan: readonly [number, number];
}

/** The tornado's layout: bars widest first (at most `limit`), where the base total sits, and the totals at the plot's edges. */
export interface TornadoLayout {
  readonly bars: readonly TornadoBar[];
  readonly base: number;
  readonly domain: readonly [number, number];
  /** Inputs left out for having the narrowest swings. */
  readonly hidden: number;
}

/** Lays out a tornado around `base`: the widest swings at the top, one scale for every bar, `room` (a share of the spread) at both ends for labels. */
export function tornadoLayout(entries: readonly TornadoEntry[], baseTotal: number, limit = 12, room = 0.04): TornadoLayout {
  const sorted = [...entries].sort((a, b) => b.swing - a.swing);
  const shown = sorted.slice(0, limit);
  const values = [baseTotal, ...shown.flatMap((e) => [e.totalAtLow, e.totalAtHigh])];
  let min = Math.min(...values);
  let max = Math.max(...values);
  const pad = (max - min) * room || Math.abs(baseTotal) * 0.1 || 1;
  min -= pad;
  max += pad;
  const x = (v: number): number => (v - min) / (max - min);
  const span = (to: number): readonly [number, number] => (to < baseTotal ? [x(to), x(baseTotal)] : [x(baseTotal), x(to)]);
  return {
    bars: shown.map((entry) => ({ entry, lowSpan: span(entry.totalAtLow), highSpan: span(entry.totalAtHigh) })),
    base: x(baseTotal),
    domain: [min, max],
    hidden: sorted.length - shown.length,
  };
}
