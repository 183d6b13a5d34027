import { useMemo, useState, type JSX } from 'react';
import type { Timeline } from '../../../shared/ipc/viewChannels';
import type { PlanSummary } from '../../../shared/ipc/summary';
import { api } from '../../api';
import { CumulativeChart, type CumulativeLine } from '../../charts/CumulativeChart';
import { scenarioColor } from '../../charts/palette';
import { useDocument } from '../../store/documentStore';
import { shownByDefault } from './scenarioToggles';
import { bandFits as bandLinesUp, runStatus } from './monteCarlo';
import { useMonteCarlo } from './monteCarloStore';
import { useSummaryQuery } from './useSummaryQuery';

interface Props {
  readonly documentId: string;
  readonly summary: PlanSummary;
  readonly currency: string;
}

/**
 * Cumulative cost by scenario: a line per scenario shown (the toggles; only those are fetched), and
 * the P10–P90 band of the last Monte Carlo run while its horizon still matches the plan's.
 */
export function CumulativePanel({ documentId, summary, currency }: Props): JSX.Element {
  const settings = useDocument((state) => state.plan?.settings);
  const run = useMonteCarlo((state) => state.run);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(summary.scenarios.filter((_, i) => !shownByDefault(i)).map((s) => s.id)));
  const shown = summary.scenarios.filter((s) => !hidden.has(s.id));
  const shownKey = shown.map((s) => s.id).join('\n');
  const query = useSummaryQuery<Timeline[]>(
    async () => {
      const answers = await Promise.all(shown.map((s) => api().documentTimeline({ documentId, scenarioId: s.id })));
      const failed = answers.find((a) => !a.ok);
      if (failed && !failed.ok) return failed;
      return { ok: true, value: answers.flatMap((a) => (a.ok ? [a.value] : [])) };
    },
    [documentId, summary, shownKey],
    150,
  );
  const bandFits = bandLinesUp(run, documentId, settings);
  const months = query.data?.[0]?.months ?? [];
  const lines = useMemo(
    (): CumulativeLine[] =>
      summary.scenarios.flatMap((s, index) => {
        if (hidden.has(s.id)) return [];
        const timeline = query.data?.find((t) => t.scenarioId === s.id);
        const mc = bandFits && run ? run.result.scenarios.find((r) => r.id === s.id) : undefined;
        return [{ index, name: s.name, cumulative: timeline?.cumulative ?? null, band: mc ? { p10: mc.cumulative.p10, p90: mc.cumulative.p90 } : null }];
      }),
    [summary.scenarios, hidden, query.data, bandFits, run],
  );
  const stale = runStatus(run, documentId, summary) === 'stale';
  return (
    <section className="panel chart-panel" aria-labelledby="cumulative-h">
      <h2 id="cumulative-h">Cumulative cost</h2>
      <div className="chart-legend" role="group" aria-label="Scenarios shown">
        {summary.scenarios.map((s, i) => (
          <label key={s.id} className="toggle">
            <input
              type="checkbox"
              checked={!hidden.has(s.id)}
              onChange={(e) => {
                const next = new Set(hidden);
                if (e.target.checked) next.delete(s.id);
                else next.add(s.id);
                setHidden(next);
              }}
            />
            <i className="swatch" style={{ background: scenarioColor(i) }} />
            {s.name}
          </label>
        ))}
      </div>
      {query.error ? (
        <p role="alert" className="error">
          The months could not be loaded: {query.error}
        </p>
      ) : months.length === 0 && shown.length > 0 ? (
        <p aria-busy="true" className="muted chart-placeholder">
          Loading the months…
        </p>
      ) : (
        <CumulativeChart months={months} lines={lines} currency={currency} />
      )}
      <p className="panel-note">
        {bandFits
          ? `Shaded: P10–P90 of cumulative cost from the last Monte Carlo run${stale ? ', based on the plan before your last change' : ''}.`
          : 'Run Monte Carlo below to add each scenario’s P10–P90 band.'}
      </p>
    </section>
  );
}
