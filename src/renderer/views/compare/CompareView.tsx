import { useMemo, type JSX } from 'react';
import { FiscalYearChart } from '../../charts/FiscalYearChart';
import { useDocument } from '../../store/documentStore';
import { fiscalYearLabel } from './compareFormat';
import { crossoverSentences } from './crossovers';
import { CumulativePanel } from './CumulativePanel';
import { MonteCarloPanel } from './MonteCarloPanel';
import { ResultsTable } from './ResultsTable';
import { SensitivityPanel } from './SensitivityPanel';
import './compare.css';

/**
 * The CFO's one page: every result side by side, the crossovers in words, the charts, then Monte
 * Carlo and the sensitivity tornado.
 */
export function CompareView(): JSX.Element {
  const summary = useDocument((state) => state.summary);
  const documentId = useDocument((state) => state.documentId);
  const currency = useDocument((state) => state.plan?.settings.currency ?? 'USD');
  const sentences = useMemo(() => (summary ? crossoverSentences(summary) : []), [summary]);
  // A partial year's label keeps "1 mo" on one line under its bars.
  const years = useMemo(() => summary?.fiscalYears.map((y) => fiscalYearLabel(y).replace(/ mo\)$/, '\u00a0mo)')) ?? [], [summary]);
  if (!summary) return <p aria-busy="true">Calculating the plan…</p>;
  if (summary.scenarios.length === 0) {
    return (
      <div className="compare compare-empty">
        <h2>No scenarios to compare</h2>
        <p>Add a scenario in the Inputs view (or start a new plan from the templates) to see the scenarios side by side.</p>
      </div>
    );
  }
  return (
    <div className="compare">
      <ResultsTable summary={summary} currency={currency} />
      {sentences.length > 0 ? (
        <section className="crossovers" aria-label="Crossovers">
          <h2>Crossovers</h2>
          <span className="panel-note">on cumulative cost</span>
          <ul>
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="chart-grid">
        <CumulativePanel documentId={documentId} summary={summary} currency={currency} />
        <section className="panel chart-panel" aria-labelledby="fy-h">
          <h2 id="fy-h">Cost by fiscal year</h2>
          <FiscalYearChart years={years} scenarios={summary.scenarios} currency={currency} />
        </section>
      </div>
      <div className="analysis-grid">
        <MonteCarloPanel summary={summary} currency={currency} />
        <SensitivityPanel documentId={documentId} summary={summary} currency={currency} />
      </div>
    </div>
  );
}
