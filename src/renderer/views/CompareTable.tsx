import type { JSX } from 'react';
import type { PlanSummary } from '../../shared/ipc/summary';
import { money } from '../format';
import { useDocument } from '../store/documentStore';

type Scenario = PlanSummary['scenarios'][number];

/** The scenarios side by side: fiscal years and the key figures. */
export function CompareTable(): JSX.Element | null {
  const summary = useDocument((state) => state.summary);
  const currency = useDocument((state) => state.plan?.settings.currency ?? 'USD');
  if (!summary) return null;
  const rows: [string, (s: Scenario) => string][] = [
    ...summary.fiscalYears.map((fy, y): [string, (s: Scenario) => string] => [fy.partial ? `${fy.label} (${fy.months} mo)` : fy.label, (s) => money(s.byFiscalYear[y] ?? 0, currency)]),
    ['Total', (s) => money(s.total, currency)],
    ['NPV', (s) => money(s.npv, currency)],
    ['Workflows shipped', (s) => String(s.workflowsShipped)],
    ['Cost per workflow', (s) => (s.costPerWorkflow === null ? 'no workflow shipped' : money(s.costPerWorkflow, currency))],
    ['Payback', (s) => s.paybackMonth ?? 'none'],
  ];
  return (
    <table aria-label="Scenarios compared">
      <thead>
        <tr>
          <th scope="col" />
          {summary.scenarios.map((s) => (
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
            {summary.scenarios.map((s) => (
              <td key={s.id}>{cell(s)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
