import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { Timeline } from '../../../shared/ipc/viewChannels';
import { err, ok, type Result } from '../../../shared/result';
import { api } from '../../api';
import { SheetGrid, type CellRefusal, type CellWrite, type WriteAction } from '../../grid/SheetGrid';
import { useDocument } from '../../store/documentStore';
import { change } from '../../store/history';
import { buckets, type Granularity } from './rollUp';
import { timelineColumns } from './timelineColumns';
import { overridePatches, timelineRows, type TimelineRow } from './timelineRows';
import './timeline.css';

const GRANULARITIES: readonly { id: Granularity; label: string }[] = [
  { id: 'month', label: 'Month' },
  { id: 'quarter', label: 'Quarter' },
  { id: 'year', label: 'Fiscal year' },
];

const LABELS: Readonly<Record<WriteAction, string>> = { edit: 'Override', paste: 'Paste', fill: 'Fill Down', clear: 'Clear Override', cut: 'Cut' };

/** A scenario's months from main, asked for again whenever the summary changes (every edit, undo, redo). */
function useTimeline(documentId: string, scenarioId: string | undefined): Timeline | null {
  const summary = useDocument((state) => state.summary);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  useEffect(() => {
    if (!scenarioId || !documentId) return undefined;
    let live = true;
    void api()
      .documentTimeline({ documentId, scenarioId })
      .then((answer) => {
        if (live && answer.ok) setTimeline(answer.value);
      });
    return () => {
      live = false;
    };
  }, [documentId, scenarioId, summary]);
  return timeline?.scenarioId === scenarioId ? timeline : null;
}

/**
 * The Timeline grid: one scenario's items by month, quarter or fiscal year, with Total and
 * Cumulative pinned under them. Typing over a month overrides it; Delete returns it to the
 * computed value.
 */
export function TimelineView(): JSX.Element | null {
  const plan = useDocument((state) => state.plan);
  const documentId = useDocument((state) => state.documentId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [granularity, setGranularity] = useState<Granularity>('month');
  const [shownCurrency, setShownCurrency] = useState<string | null>(null);

  const scenario = plan?.scenarios.find((s) => s.id === chosen) ?? plan?.scenarios[0];
  const timeline = useTimeline(documentId, scenario?.id);
  const planCurrency = plan?.settings.currency ?? 'USD';
  const fxRates = plan?.settings.fxRates;
  const currency = shownCurrency !== null && (shownCurrency === planCurrency || fxRates?.[shownCurrency] !== undefined) ? shownCurrency : planCurrency;
  const rate = currency === planCurrency ? 1 : (fxRates?.[currency] ?? 1);
  const fiscalStart = plan?.settings.fiscalYearStartMonth ?? 1;

  // Columns change with the horizon, the granularity or the currency, never with an edit.
  const months = timeline?.months;
  const shapeKey = timeline ? `${timeline.months[0] ?? ''}:${timeline.months.length}:${timeline.fiscalYears.map((f) => f.label).join(',')}` : '';
  const shape = useRef<{ key: string; timeline: Timeline | null }>({ key: '', timeline: null });
  if (shape.current.key !== shapeKey) shape.current = { key: shapeKey, timeline };
  const shapeTimeline = shape.current.timeline;
  const columnsOf = useMemo(() => (shapeTimeline ? buckets(shapeTimeline, granularity, fiscalStart) : []), [shapeTimeline, granularity, fiscalStart]);
  // Wide enough for the largest figure shown (the cumulative's end); columns change only when its digit count does.
  const largest = timeline ? Math.max(...timeline.cumulative.map(Math.abs), ...timeline.total.map(Math.abs), 1) / rate : 1;
  const digits = Math.max(1, Math.floor(Math.log10(largest)) + 1);
  const columns = useMemo(() => timelineColumns(columnsOf, granularity, currency, digits), [columnsOf, granularity, currency, digits]);
  const { rows, pinned } = useMemo(() => (timeline ? timelineRows(timeline, columnsOf, rate) : { rows: [], pinned: [] }), [timeline, columnsOf, rate]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);

  const onWrite = useCallback(
    async (writes: readonly CellWrite[], action: WriteAction): Promise<Result<void, CellRefusal>> => {
      if (!scenario || !months) return err({ reason: 'the timeline is still loading' });
      const patches = overridePatches(writes, { scenarioId: scenario.id, months, rows: rowsById, currency, rate });
      if (!patches.ok) return patches;
      const done = await change(patches.value, LABELS[action]);
      return done.ok ? ok(undefined) : err({ reason: done.error });
    },
    [scenario, months, rowsById, currency, rate],
  );

  if (!plan) return null;
  if (!scenario) {
    return (
      <section className="timeline timeline-empty" aria-label="Timeline">
        <h2>No scenarios to lay out month by month</h2>
        <p>Add a scenario in the Inputs view: its line items then appear here, month by month.</p>
      </section>
    );
  }
  const currencies = [planCurrency, ...Object.keys(fxRates ?? {}).filter((c) => c !== planCurrency)];

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-toolbar" role="toolbar" aria-label="Timeline options">
        <label>
          Scenario{' '}
          <select value={scenario.id} onChange={(e) => setChosen(e.target.value)}>
            {plan.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <div className="timeline-segments" role="radiogroup" aria-label="Granularity">
          {GRANULARITIES.map((g) => (
            <label key={g.id} className={g.id === granularity ? 'timeline-segment timeline-segment-on' : 'timeline-segment'}>
              <input type="radio" name="timeline-granularity" value={g.id} checked={g.id === granularity} onChange={() => setGranularity(g.id)} />
              {g.label}
            </label>
          ))}
        </div>
        <label>
          Currency{' '}
          <select value={currency} onChange={(e) => setShownCurrency(e.target.value)}>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <span className="timeline-hint">
          {granularity === 'month' ? 'Type over a month to override it; Delete returns the computed value.' : 'Quarters and fiscal years are sums of months; switch to Month to override.'}
        </span>
      </div>
      {timeline ? (
        <SheetGrid<TimelineRow>
          label="Timeline"
          rows={rows}
          rowId={(row) => row.id}
          columns={columns}
          pinnedBottom={pinned}
          currency={currency}
          onWrite={onWrite}
          rowClass={(row) => (row.type === 'item' ? undefined : `timeline-${row.type}-row`)}
        />
      ) : (
        <p aria-busy="true">Calculating the months…</p>
      )}
    </section>
  );
}
