import { useId, useState, type JSX } from 'react';
import type { PlanSummary } from '../../../shared/ipc/summary';
import { api } from '../../api';
import { Tornado } from '../../charts/Tornado';
import { useSummaryQuery } from './useSummaryQuery';

interface Props {
  readonly documentId: string;
  readonly summary: PlanSummary;
  readonly currency: string;
}

/** The sensitivity tornado of one scenario (picked), asked of main again shortly after each change. */
export function SensitivityPanel({ documentId, summary, currency }: Props): JSX.Element {
  const pickerId = useId();
  const [picked, setPicked] = useState(summary.scenarios[0]?.id ?? '');
  const scenario = summary.scenarios.find((s) => s.id === picked) ?? summary.scenarios[0];
  const query = useSummaryQuery(() => api().documentSensitivity({ documentId }), [documentId, summary], 300);
  const tornado = query.data?.find((s) => s.id === scenario?.id);
  return (
    <section className="panel sensitivity" aria-labelledby={`${pickerId}-h`}>
      <div className="panel-head">
        <h2 id={`${pickerId}-h`}>Sensitivity</h2>
        <label htmlFor={pickerId}>Scenario</label>
        <select id={pickerId} value={scenario?.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
          {summary.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <p className="panel-note">Each bar: the scenario’s total with one ranged input at its low and at its high, every other input at base. Widest swing first.</p>
      {query.error ? (
        <p role="alert" className="error">
          The sensitivity could not be worked out: {query.error}
        </p>
      ) : !tornado ? (
        <p aria-busy="true" className="muted">
          Working out the sensitivity…
        </p>
      ) : tornado.entries.length === 0 ? (
        <p className="muted">{`No ranged input moves ${scenario?.name ?? 'this scenario'}’s total: enter a range such as 8.5k–14k in the Inputs to see one.`}</p>
      ) : (
        <Tornado scenarioName={scenario?.name ?? ''} baseTotal={tornado.total} entries={tornado.entries} currency={currency} />
      )}
    </section>
  );
}
