import { useEffect, useState, type JSX } from 'react';
import type { PlanSummary } from '../shared/ipc/summary';
import { money } from './format';

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; currency: string; summary: PlanSummary };
type Scenario = PlanSummary['scenarios'][number];

/** The first screen: the default plan's scenarios side by side. The full spreadsheet lands with the "spreadsheet" issue. */
export function App(): JSX.Element {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    void (async () => {
      const opened = await window.leadsheet.documentCreate({});
      if (!opened.ok) return setState({ status: 'failed', message: opened.error.message });
      const plan = await window.leadsheet.documentPlan({ documentId: opened.value.documentId });
      setState(plan.ok ? { status: 'ready', currency: plan.value.settings.currency, summary: opened.value.summary } : { status: 'failed', message: plan.error.message });
    })();
  }, []);
  if (state.status === 'loading') return <main aria-busy="true">Calculating the default plan…</main>;
  if (state.status === 'failed') return <main role="alert">Leadsheet could not calculate the plan: {state.message}</main>;
  const { currency, summary: result } = state;
  const rows: [string, (s: Scenario) => string][] = [
    ...result.fiscalYears.map((fy, y): [string, (s: Scenario) => string] => [fy.partial ? `${fy.label} (${fy.months} mo)` : fy.label, (s) => money(s.byFiscalYear[y] ?? 0, currency)]),
    ['Total', (s) => money(s.total, currency)],
    ['NPV', (s) => money(s.npv, currency)],
    ['Workflows shipped', (s) => String(s.workflowsShipped)],
    ['Cost per workflow', (s) => (s.costPerWorkflow === null ? 'no workflow shipped' : money(s.costPerWorkflow, currency))],
    ['Payback', (s) => s.paybackMonth ?? 'none'],
  ];
  return (
    <main>
      <h1>Compare</h1>
      <table aria-label="Scenarios compared">
        <thead>
          <tr>
            <th scope="col" />
            {result.scenarios.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {result.scenarios.map((s) => (
                <td key={s.id}>{cell(s)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
