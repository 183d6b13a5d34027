import { useEffect, useState, type JSX } from 'react';
import type { PlanResultDto } from '../shared/ipc/dto';
import type { Plan } from '../shared/model';
import { money } from './format';

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; plan: Plan; result: PlanResultDto };

/** The first screen: the default plan's scenarios side by side. The full spreadsheet lands with the "spreadsheet" issue. */
export function App(): JSX.Element {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    void (async () => {
      const plan = await window.leadsheet.planCreate({});
      if (!plan.ok) return setState({ status: 'failed', message: plan.error.message });
      const result = await window.leadsheet.planCalculate({ plan: plan.value });
      setState(result.ok ? { status: 'ready', plan: plan.value, result: result.value } : { status: 'failed', message: result.error.message });
    })();
  }, []);
  if (state.status === 'loading') return <main aria-busy="true">Calculating the default plan…</main>;
  if (state.status === 'failed') return <main role="alert">Leadsheet could not calculate the plan: {state.message}</main>;
  const { plan, result } = state;
  const currency = plan.settings.currency;
  const rows: [string, (s: PlanResultDto['scenarios'][number]) => string][] = [
    ...result.fiscalYears.map((fy, y): [string, (s: PlanResultDto['scenarios'][number]) => string] => [fy.partial ? `${fy.label} (${fy.months} mo)` : fy.label, (s) => money(s.byFiscalYear[y] ?? 0, currency)]),
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
