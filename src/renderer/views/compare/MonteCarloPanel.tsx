import { useId, type JSX } from 'react';
import type { PlanSummary } from '../../../shared/ipc/summary';
import { useDocument } from '../../store/documentStore';
import { count } from './compareFormat';
import { monteCarloRows, parseSeed, parseTrials, runStatus } from './monteCarlo';
import { runMonteCarlo, useMonteCarlo } from './monteCarloStore';

interface Props {
  readonly summary: PlanSummary;
  readonly currency: string;
}

/** Monte Carlo: trials and seed, Run (progress and Cancel in the shared bar), and the percentiles and probability cheapest of the last run. */
export function MonteCarloPanel({ summary, currency }: Props): JSX.Element {
  const documentId = useDocument((state) => state.documentId);
  const { trials, seed, run, running, error, cancelled } = useMonteCarlo();
  const trialsId = useId();
  const seedId = useId();
  const trialsOk = parseTrials(trials);
  const seedOk = parseSeed(seed);
  const status = runStatus(run, documentId, summary);
  const shown = status === 'none' ? null : run;
  const stale = status === 'stale';
  const rows = shown ? monteCarloRows(shown.result, summary.scenarios.map((s) => s.id), currency) : [];
  const names = summary.scenarios.map((s) => s.name);
  return (
    <section className="panel monte-carlo" aria-labelledby={`${trialsId}-h`}>
      <h2 id={`${trialsId}-h`}>Monte Carlo</h2>
      <p className="panel-note">Each trial draws every range from a triangular distribution (low, base, high). The same seed gives the same numbers.</p>
      <form
        className="mc-form"
        onSubmit={(event) => {
          event.preventDefault();
          void runMonteCarlo();
        }}
      >
        <label htmlFor={trialsId}>Trials</label>
        <input id={trialsId} inputMode="numeric" value={trials} aria-invalid={!trialsOk.ok} aria-describedby={trialsOk.ok ? undefined : `${trialsId}-e`} onChange={(e) => useMonteCarlo.setState({ trials: e.target.value })} />
        <label htmlFor={seedId}>Seed</label>
        <input id={seedId} inputMode="numeric" className="seed" value={seed} aria-invalid={!seedOk.ok} aria-describedby={seedOk.ok ? undefined : `${seedId}-e`} onChange={(e) => useMonteCarlo.setState({ seed: e.target.value })} />
        {/* Busy, not disabled, while running: a disabled button would drop the keyboard focus to the page. A second Run is ignored. */}
        <button type="submit" className="primary" disabled={!trialsOk.ok || !seedOk.ok} aria-disabled={running || undefined}>
          {running ? 'Running…' : 'Run'}
        </button>
        {trialsOk.ok ? null : (
          <span id={`${trialsId}-e`} className="field-error">
            Trials {trialsOk.error}
          </span>
        )}
        {seedOk.ok ? null : (
          <span id={`${seedId}-e`} className="field-error">
            Seed {seedOk.error}
          </span>
        )}
      </form>
      {error ? (
        <p role="alert" className="error">
          Monte Carlo failed: {error}
        </p>
      ) : null}
      {cancelled && !running ? (
        <p role="status" className="muted">
          {shown ? 'Run cancelled: the results below are from the earlier run.' : 'Run cancelled.'}
        </p>
      ) : null}
      {shown ? (
        <>
          <p className="mc-basis">
            {`${count(shown.result.trials)} trials, seed ${shown.result.seed}`}
            {stale ? (
              <span role="status" className="stale">
                Based on the plan before your last change — run again.
              </span>
            ) : null}
          </p>
          <div className="mc-scroll">
            <table aria-label="Monte Carlo results" className={`results-table mc-table${stale ? ' is-stale' : ''}`}>
              <thead>
                <tr>
                  <th scope="col" className="corner" />
                  {names.map((name, i) => (
                    <th scope="col" key={summary.scenarios[i]?.id ?? name}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.metric} ${row.percentile}`} className={row.first ? 'group-start' : undefined} title={row.help}>
                    <th scope="row">
                      <span className={row.first ? 'metric' : 'metric sr-only'}>{row.metric}</span> <span className="pct">{row.percentile}</span>
                    </th>
                    {row.cells.map((cell, i) => (
                      <td key={summary.scenarios[i]?.id ?? i}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : running ? null : (
        <p className="muted">No run yet: choose trials and a seed, then Run.</p>
      )}
    </section>
  );
}
