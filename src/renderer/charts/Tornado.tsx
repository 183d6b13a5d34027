import type { JSX } from 'react';
import { money } from '../format';
import { compactMoney, count } from '../views/compare/compareFormat';
import { tornadoLayout, type TornadoEntry } from './chartData';
import { TORNADO_COLORS } from './palette';

const ROW = 40;
const AXIS = 26;

interface Props {
  readonly scenarioName: string;
  readonly baseTotal: number;
  readonly entries: readonly TornadoEntry[];
  readonly currency: string;
}

/**
 * A tornado of one scenario's total: for each ranged input, a bar from the total with that input at
 * its low to the total at its high, around the base total; widest swing at the top.
 */
export function Tornado({ scenarioName, baseTotal, entries, currency }: Props): JSX.Element {
  const layout = tornadoLayout(entries, baseTotal, 12, 0.16);
  const height = layout.bars.length * ROW + AXIS;
  const pct = (fraction: number): string => `${(fraction * 100).toFixed(3)}%`;
  return (
    <figure className="tornado" aria-label={`Sensitivity of ${scenarioName}’s total`}>
      <div className="tornado-body">
        <ol className="tornado-labels" style={{ paddingBottom: AXIS }}>
          {layout.bars.map(({ entry }) => (
            <li key={entry.input} style={{ height: ROW }}>
              <span className="tornado-input" title={entry.input}>
                {entry.input}
              </span>
              <span className="tornado-range">
                {count(entry.low)} – {count(entry.high)}
              </span>
            </li>
          ))}
        </ol>
        <svg className="tornado-plot" width="100%" height={height} role="img" aria-label={`Tornado chart: ${scenarioName}, base total ${money(baseTotal, currency)}`}>
          {layout.bars.map(({ entry, lowSpan, highSpan }, i) => {
            const y = i * ROW + 9;
            const h = ROW - 18;
            const label = (span: readonly [number, number], total: number): JSX.Element => {
              const left = total < baseTotal;
              return (
                <text x={pct(left ? span[0] : span[1])} dx={left ? -5 : 5} y={y + h / 2} dominantBaseline="central" textAnchor={left ? 'end' : 'start'} className="tornado-value">
                  {compactMoney(total, currency, undefined, 3)}
                </text>
              );
            };
            return (
              <g key={entry.input}>
                <title>{`${entry.input}: at ${count(entry.low)} the total is ${money(entry.totalAtLow, currency)}; at ${count(entry.high)} it is ${money(entry.totalAtHigh, currency)}`}</title>
                <rect x={pct(lowSpan[0])} width={pct(lowSpan[1] - lowSpan[0])} y={y} height={h} fill={TORNADO_COLORS.low} rx={2} />
                <rect x={pct(highSpan[0])} width={pct(highSpan[1] - highSpan[0])} y={y} height={h} fill={TORNADO_COLORS.high} rx={2} />
                {label(lowSpan, entry.totalAtLow)}
                {label(highSpan, entry.totalAtHigh)}
              </g>
            );
          })}
          <line x1={pct(layout.base)} x2={pct(layout.base)} y1={0} y2={height - AXIS + 4} className="tornado-base" />
          <text x={pct(layout.base)} y={height - 8} textAnchor="middle" className="tornado-axis">
            {`Base ${money(baseTotal, currency)}`}
          </text>
        </svg>
      </div>
      <figcaption className="chart-legend">
        <span>
          <i className="swatch" style={{ background: TORNADO_COLORS.low }} /> input at its low
        </span>
        <span>
          <i className="swatch" style={{ background: TORNADO_COLORS.high }} /> input at its high
        </span>
        {layout.hidden > 0 ? <span>{`${layout.hidden} more input${layout.hidden === 1 ? '' : 's'} with smaller swings not shown`}</span> : null}
      </figcaption>
    </figure>
  );
}
