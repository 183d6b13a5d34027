import { describe, expect, it } from 'vitest';
import { parsePlanText, type PlanIssue } from '#shared/model';

function issuesOf(plan: unknown): PlanIssue[] {
  const result = parsePlanText(typeof plan === 'string' ? plan : JSON.stringify(plan));
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.error;
}

function withItem(item: Record<string, unknown>, scenarioName = 'Full-time hire'): unknown {
  return { schemaVersion: 1, settings: { startMonth: '2027-01' }, scenarios: [{ id: 'f', name: scenarioName, items: [item] }] };
}

describe('plan validation speaks the words of a CFO and names the place', () => {
  it('names the scenario, the item and the field of a number that is not one', () => {
    expect(issuesOf(withItem({ id: 's', name: 'Salary', kind: 'salary', baseSalary: 'lots' }))).toEqual([
      { path: 'scenarios[0].items[0].baseSalary', message: "Scenario 'Full-time hire', item 'Salary': base salary must be a number, got 'lots'" },
    ]);
  });

  it('says a required field is missing', () => {
    expect(issuesOf(withItem({ id: 's', name: 'Salary', kind: 'salary' }))[0]).toEqual({
      path: 'scenarios[0].items[0].baseSalary',
      message: "Scenario 'Full-time hire', item 'Salary': base salary is missing",
    });
  });

  it('refuses a negative horizon', () => {
    expect(issuesOf({ schemaVersion: 1, settings: { startMonth: '2027-01', horizonMonths: -3 }, scenarios: [] })).toEqual([
      { path: 'settings.horizonMonths', message: 'Settings: horizon (months) must be at least 1, got -3' },
    ]);
  });

  it('refuses a range whose low is above its high', () => {
    const messages = issuesOf(withItem({ id: 'r', name: 'Retainer', kind: 'retainer', monthlyFee: { low: 9000, base: 5000, high: 3000 } }, 'CAIO')).map((i) => i.message);
    expect(messages).toContain("Scenario 'CAIO', item 'Retainer': monthly fee low (9000) is above base (5000)");
  });

  it('points at the missing end of a range', () => {
    expect(issuesOf(withItem({ id: 'r', name: 'Retainer', kind: 'retainer', monthlyFee: { low: 1, base: 2 } }, 'CAIO'))[0]!.path).toBe(
      'scenarios[0].items[0].monthlyFee.high',
    );
  });

  it('lists the item kinds when the kind is unknown', () => {
    expect(issuesOf(withItem({ id: 'r', name: 'Retainer', kind: 'subscription' }, 'CAIO'))[0]!.message).toBe(
      "Scenario 'CAIO', item 'Retainer': kind must be one of retainer, timeAndMaterials, project, salary, oneTime, custom, got 'subscription'",
    );
  });

  it('names a field it does not know rather than dropping it', () => {
    expect(issuesOf({ schemaVersion: 1, settings: { startMonth: '2027-01', colour: 'red' }, scenarios: [] })[0]!.message).toBe(
      'Settings: has a field Leadsheet does not know: colour',
    );
  });

  it('asks for an exchange rate for an item in another currency', () => {
    expect(issuesOf(withItem({ id: 'r', name: 'Retainer', kind: 'retainer', monthlyFee: 5, currency: 'EUR' }, 'CAIO'))[0]!.message).toBe(
      "Scenario 'CAIO', item 'Retainer': currency is EUR but the plan has no EUR exchange rate (settings.fxRates.EUR)",
    );
  });

  it('refuses two scenarios with the same id', () => {
    const plan = { schemaVersion: 1, settings: { startMonth: '2027-01' }, scenarios: [{ id: 'f', name: 'A', items: [] }, { id: 'f', name: 'B', items: [] }] };
    expect(issuesOf(plan)[0]).toEqual({ path: 'scenarios[1].id', message: "Scenario 'B': id 'f' is already used by another scenario" });
  });

  it('refuses an override keyed by anything but a month', () => {
    expect(issuesOf(withItem({ id: 'r', name: 'R', kind: 'retainer', monthlyFee: 5, overrides: { March: 3 } }, 'CAIO'))[0]!.path).toBe(
      'scenarios[0].items[0].overrides.March',
    );
  });
});

describe('reading plan files', () => {
  it('says an empty file is empty', () => {
    expect(issuesOf('  \n')[0]!.message).toBe('The file is empty: a plan is a JSON object');
  });

  it('says where text that is not JSON goes wrong', () => {
    expect(issuesOf('{ "schemaVersion": 1,\n  lots }')[0]!.message).toBe('Not a plan: the file is not valid JSON (line 2, column 3)');
  });

  it('refuses a plan from a newer Leadsheet and says to update', () => {
    expect(issuesOf({ schemaVersion: 7, settings: {}, scenarios: [] })[0]!.message).toMatch(/newer Leadsheet \(schema version 7\).*Update Leadsheet/);
  });

  it('refuses JSON that is not a plan object', () => {
    expect(issuesOf('[]')[0]!.message).toMatch(/must be a JSON object/);
    expect(issuesOf({ settings: {} })[0]!.message).toMatch(/Schema version is missing/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const result = parsePlanText(`\uFEFF${JSON.stringify({ schemaVersion: 1, settings: { startMonth: '2027-01' }, scenarios: [] })}`);
    expect(result.ok).toBe(true);
  });

  it('fills in the documented defaults', () => {
    const result = parsePlanText(JSON.stringify({ schemaVersion: 1, settings: { startMonth: '2027-01' }, scenarios: [] }));
    if (!result.ok) throw new Error('expected a plan');
    expect(result.value.settings).toEqual({
      currency: 'USD',
      fxRates: {},
      startMonth: '2027-01',
      horizonMonths: 36,
      fiscalYearStartMonth: 1,
      discountRatePct: 8,
      hoursSavedPerWorkflowPerMonth: { low: 20, base: 40, high: 80 },
      loadedHourlyCost: { low: 45, base: 60, high: 75 },
    });
    expect(result.value.quotes).toEqual([]);
  });
});
