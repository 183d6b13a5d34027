import { parsePlan, type ItemInput, type Plan, type ScenarioInput, type SettingsInput } from '#shared/model';

/** A parsed plan from partial settings and scenarios; throws with the issues when the input is invalid. */
export function planOf(settings: Partial<SettingsInput>, scenarios: ScenarioInput[]): Plan {
  const parsed = parsePlan({ schemaVersion: 1, settings: { startMonth: '2027-01', ...settings }, scenarios });
  if (!parsed.ok) throw new Error(parsed.error.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.value;
}

/** A plan with a single scenario holding `items`. */
export function planWith(items: ItemInput[], settings: Partial<SettingsInput> = {}): Plan {
  return planOf(settings, [{ id: 's', name: 'Scenario', items }]);
}

/** A scenario input named after its id. */
export function scenario(id: string, items: ItemInput[]): ScenarioInput {
  return { id, name: id, items };
}

/** A retainer item with sensible defaults. */
export function retainer(fields: Partial<Extract<ItemInput, { kind: 'retainer' }>> = {}): ItemInput {
  return { id: 'r', name: 'Retainer', kind: 'retainer', monthlyFee: 1000, ...fields };
}

/**
 * A plan that uses every item kind and every option the Excel formulas must reproduce: escalation,
 * a foreign currency, overrides (on a salary month too), a salary with priced equity, a fiscal year
 * starting in April, a start before the horizon and one written YYYY-MM, delivery with a cap,
 * ranged custom values, a retainer minimum and discount, a project cut by its duration.
 */
export function everyKindPlan(): Plan {
  const plan = planOf(
    {
      startMonth: '2027-02',
      horizonMonths: 40,
      fiscalYearStartMonth: 4,
      currency: 'USD',
      fxRates: { EUR: 1.08, GBP: 1.27 },
      discountRatePct: { low: 6, base: 8, high: 10 },
      companyValuation: 48_000_000,
    },
    [
      {
        id: 'mixed',
        name: 'Mixed: agency & officer',
        valueOverrides: { hoursSavedPerWorkflowPerMonth: 30 },
        items: [
          retainer({ id: 'caio', name: 'CAIO retainer', monthlyFee: { low: 8500, base: 9500, high: 14000 }, minimumMonths: 6, durationMonths: 4, discountPct: 10, escalationPct: 5, delivery: { firstShipAfterMonths: 2, everyMonths: 3, maxWorkflows: 3 } }),
          { id: 'agency', name: 'Agency (EUR)', kind: 'project', currency: 'EUR', feePerWorkflow: 45000, workflowsPerYear: 5, buildMonths: 3, durationMonths: 20, escalationPct: 4, start: 1 },
          { id: 'day', name: 'Day rate', kind: 'timeAndMaterials', rate: 3500, unit: 'day', quantity: 4, per: 'month', start: '2027-06', durationMonths: 9, overrides: { '2027-08': 9999.99 } },
          { id: 'hours', name: 'Analyst hours (GBP)', kind: 'timeAndMaterials', currency: 'GBP', rate: 95, unit: 'hour', quantity: 12.5, per: 'week', escalationPct: 3, start: -5, delivery: { firstShipAfterMonths: 7, everyMonths: 5 } },
          { id: 'setup', name: 'Setup fee', kind: 'oneTime', amount: 12000, start: 2 },
          { id: 'tools', name: 'Tools', kind: 'custom', values: [100, { low: 150, base: 200, high: 260 }, 300, 310, 320.55], start: 3, escalationPct: 10 },
        ],
      },
      {
        id: 'hire',
        name: 'Full-time hire',
        items: [
          {
            id: 'exec',
            name: 'AI executive',
            kind: 'salary',
            baseSalary: 320000,
            loadPct: 12.5,
            bonusPct: 10,
            recruitingFee: 70000,
            signingBonus: 15000,
            hireLagMonths: 3,
            rampMonths: 3,
            equityPct: 1.5,
            escalationPct: 4,
            durationMonths: 30,
            delivery: { firstShipAfterMonths: 3, everyMonths: 3 },
            overrides: { '2027-09': 50000 },
          },
          { id: 'eu-hire', name: 'EU engineer', kind: 'salary', currency: 'EUR', baseSalary: 90000, loadPct: 25, hireLagMonths: 1 },
        ],
      },
      {
        id: 'agency-only',
        name: 'Agency: project',
        items: [{ id: 'p', name: 'Workflows', kind: 'project', feePerWorkflow: 60000, workflowsPerYear: 7, buildMonths: 2 }],
      },
    ],
  );
  return { ...plan, name: 'Every kind' };
}
