import { describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { planSummary } from '#shared/ipc/toSummary';
import { defaultPlan } from '#shared/templates';
import { createDocuments } from '#main/document/documents';

describe('documents kept in main', () => {
  it('opens a plan and answers its summary: every figure, no month series', () => {
    const plan = defaultPlan('2027-01');
    const { summary } = createDocuments().open(plan);
    expect(summary).toEqual(planSummary(calcPlan(plan)));
    expect(summary.scenarios.map((s) => s.total)).toEqual([675000, 144000, 1060000]);
    expect(JSON.stringify(summary)).not.toContain('monthly');
  });

  it('applies a typed input and answers the summary the engine gives for the edited plan', () => {
    const documents = createDocuments();
    const { documentId } = documents.open(defaultPlan('2027-01'));
    const summary = documents.edit(documentId, [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 }]);
    expect(summary.ok && summary.value.scenarios[0]!.total).toBe(9000 * 36 + 405000);
    const plan = documents.plan(documentId);
    expect(plan.ok && plan.value.scenarios[0]!.items[0]).toMatchObject({ monthlyFee: 9000 });
    expect(summary.ok && summary.value).toEqual(plan.ok && planSummary(calcPlan(plan.value)));
  });

  it('keeps every other object of the plan when one input changes', () => {
    const documents = createDocuments();
    const original = defaultPlan('2027-01');
    const { documentId } = documents.open(original);
    documents.edit(documentId, [{ scenarioId: 'ai-officer', itemId: 'officer-retainer', field: 'monthlyFee', value: { low: 3000, base: 4500, high: 5000 } }]);
    const plan = documents.plan(documentId);
    if (!plan.ok) throw new Error('no plan');
    expect(plan.value.scenarios[0]).toBe(original.scenarios[0]);
    expect(plan.value.scenarios[2]).toBe(original.scenarios[2]);
    expect(plan.value.scenarios[1]).not.toBe(original.scenarios[1]);
  });

  it('refuses a value that is not valid for the field, naming scenario, item and field, and keeps the plan', () => {
    const documents = createDocuments();
    const original = defaultPlan('2027-01');
    const { documentId } = documents.open(original);
    const answer = documents.edit(documentId, [{ scenarioId: 'full-time-hire', itemId: 'executive-salary', field: 'loadPct', value: { low: 30, base: 20, high: 40 } }]);
    expect(answer).toEqual({ ok: false, error: { code: 'invalid-request', message: "Scenario 'Full-time AI executive', item 'AI executive salary': load % low (30) is above base (20)" } });
    const plan = documents.plan(documentId);
    expect(plan.ok && plan.value).toBe(original);
  });

  it('refuses an input the item does not have, an unknown item and an unknown document', () => {
    const documents = createDocuments();
    const { documentId } = documents.open(defaultPlan('2027-01'));
    expect(documents.edit(documentId, [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'baseSalary', value: 1 }])).toMatchObject({ ok: false, error: { message: "Scenario 'Fractional CAIO + agency', item 'CAIO retainer': baseSalary is not an input of a retainer" } });
    expect(documents.edit(documentId, [{ scenarioId: 'caio-agency', itemId: 'nope', field: 'monthlyFee', value: 1 }])).toMatchObject({ ok: false });
    expect(documents.edit('missing', [{ scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 1 }])).toMatchObject({ ok: false, error: { message: "no open document 'missing'" } });
  });

  it('applies a batch of edits all or nothing', () => {
    const documents = createDocuments();
    const original = defaultPlan('2027-01');
    const { documentId } = documents.open(original);
    const answer = documents.edit(documentId, [
      { scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9000 },
      { scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: -1 },
    ]);
    expect(answer.ok).toBe(false);
    const plan = documents.plan(documentId);
    expect(plan.ok && plan.value).toBe(original);
  });
});
