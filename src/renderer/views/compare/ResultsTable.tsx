import { useId, useMemo, useState, type JSX } from 'react';
import type { PlanSummary } from '../../../shared/ipc/summary';
import { bestScenarioIds, figuresOf, rangeText, resultRows, type ResultCase, type ResultRow } from './resultRows';

interface Props {
  readonly summary: PlanSummary;
  readonly currency: string;
}

const BEST_WORD = { lower: 'lowest', higher: 'highest', earlier: 'soonest' } as const;
const CASES: readonly { readonly id: ResultCase; readonly label: string; readonly note: string }[] = [
  { id: 'base', label: 'Base', note: '' },
  { id: 'low', label: 'Low inputs', note: 'Every range at its low.' },
  { id: 'high', label: 'High inputs', note: 'Every range at its high.' },
];

/** A row's name; its meaning shows on hover and focus (drawn from data-help, so the row's text stays its figures) and is its accessible description. */
function RowHeader({ row }: { readonly row: ResultRow }): JSX.Element {
  return (
    <th scope="row">
      <span className="row-label" tabIndex={0} aria-description={row.help} data-help={row.help}>
        {row.label}
      </span>
    </th>
  );
}

/** The scenarios side by side, every result in the plan currency, the best of each row shaded; base, low or high case. */
export function ResultsTable({ summary, currency }: Props): JSX.Element {
  const rows = useMemo(() => resultRows(summary.fiscalYears), [summary.fiscalYears]);
  const ranged = summary.scenarios.some((s) => s.low && s.high);
  const [picked, setPicked] = useState<ResultCase>('base');
  const which = ranged ? picked : 'base';
  const caseName = useId();
  return (
    <section className="results" aria-label="Results">
      {ranged ? (
        <div className="case-picker" role="radiogroup" aria-label="Case">
          {CASES.map((c) => (
            <label key={c.id} className={c.id === which ? 'on' : undefined}>
              <input type="radio" name={caseName} value={c.id} checked={c.id === which} onChange={() => setPicked(c.id)} />
              {c.label}
            </label>
          ))}
          <span className="panel-note">{CASES.find((c) => c.id === which)?.note}</span>
        </div>
      ) : null}
      <div className="results-scroll">
        <table aria-label="Scenarios compared" className={`results-table case-${which}`}>
          <thead>
            <tr>
              <th scope="col" className="corner">
                {currency}
              </th>
              {summary.scenarios.map((s) => (
                <th scope="col" key={s.id}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const best = bestScenarioIds(row, summary.scenarios, which);
              return (
                <tr key={row.id} className={row.id === 'total' ? 'row-total' : row.id.startsWith('fy-') ? 'row-fy' : undefined}>
                  <RowHeader row={row} />
                  {summary.scenarios.map((s) => {
                    const figures = figuresOf(s, which);
                    const isBest = best.has(s.id);
                    const title = [isBest && row.better ? `The ${BEST_WORD[row.better]} of the scenarios.` : '', rangeText(row, s, currency) ?? ''].filter(Boolean).join(' ');
                    return (
                      <td key={s.id} className={isBest ? 'best' : undefined} title={title || undefined}>
                        {figures ? row.format(figures, currency) : '—'}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="table-note">Shaded: the best of each row (lowest cost, highest value, soonest). Hover or focus a row’s name for what it means, a figure for its low and high cases.</p>
    </section>
  );
}
