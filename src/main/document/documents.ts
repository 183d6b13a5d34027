import { randomUUID } from 'node:crypto';
import { createCalculator, type Calculator, type PlanResult } from '#shared/calc';
import type { IpcResult } from '#shared/ipc/contract';
import { planSummary } from '#shared/ipc/toSummary';
import type { PlanSummary } from '#shared/ipc/summary';
import { itemSchema, planIssues, type Item, type NumberOrRange, type Plan } from '#shared/model';
import { err, ok } from '#shared/result';
import { applyPatches, type PlanPatch } from '#shared/document/patch';

/** One change a user makes: an input of one item set to a number or a range. */
export interface InputEdit {
  readonly scenarioId: string;
  readonly itemId: string;
  readonly field: string;
  readonly value: NumberOrRange;
}

interface Document {
  plan: Plan;
  readonly calculator: Calculator;
}

/** Fields an edit may not set: they identify the item or are not numbers. */
const NOT_EDITABLE = new Set(['id', 'kind', 'name', 'category', 'vendor', 'currency', 'notes', 'source', 'overrides', 'unit', 'per', 'values', 'delivery', 'start']);

/**
 * The open documents, kept in main: the renderer sends small edits and gets the summary back, so
 * an edit costs the same whatever the plan's size. Each document has its own calculator, which
 * reuses every result the edit did not touch.
 */
export interface Documents {
  open(plan: Plan): { documentId: string; summary: PlanSummary };
  edit(documentId: string, edits: readonly InputEdit[]): IpcResult<PlanSummary>;
  /** Applies patches all or nothing; a refusal names the scenario and item and leaves the plan as it was. */
  apply(documentId: string, patches: readonly PlanPatch[]): IpcResult<PlanSummary>;
  plan(documentId: string): IpcResult<Plan>;
  /** The summary of the plan as it stands (remembered by the calculator, so cheap to ask again). */
  summary(documentId: string): IpcResult<PlanSummary>;
  /** The full result, month series included; views copy what they send (the series are views of shared slabs). */
  result(documentId: string): IpcResult<PlanResult>;
  close(documentId: string): void;
}

/** Applies one edit immutably: a new item, items, scenario and plan; everything else shared. */
function applyEdit(plan: Plan, edit: InputEdit): IpcResult<Plan> {
  const s = plan.scenarios.findIndex((scenario) => scenario.id === edit.scenarioId);
  const scenario = plan.scenarios[s];
  if (!scenario) return err({ code: 'invalid-request', message: `no scenario '${edit.scenarioId}'` });
  const i = scenario.items.findIndex((item) => item.id === edit.itemId);
  const item = scenario.items[i];
  if (!item) return err({ code: 'invalid-request', message: `Scenario '${scenario.name}' has no item '${edit.itemId}'` });
  if (NOT_EDITABLE.has(edit.field) || !(edit.field in item || ['durationMonths', 'escalationPct'].includes(edit.field))) {
    return err({ code: 'invalid-request', message: `Scenario '${scenario.name}', item '${item.name}': ${edit.field} is not an input of a ${item.kind}` });
  }
  const candidate = { ...item, [edit.field]: edit.value };
  const parsed = itemSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) {
    const issues = planIssues(parsed.error, { scenarios: [{ ...scenario, items: [candidate] }] }, ['scenarios', 0, 'items', 0]);
    return err({ code: 'invalid-request', message: issues.map((issue) => issue.message).join('; ') });
  }
  const items = scenario.items.slice();
  items[i] = parsed.data as Item;
  const scenarios = plan.scenarios.slice();
  scenarios[s] = { ...scenario, items };
  return ok({ ...plan, scenarios });
}

/** An empty set of open documents. */
export function createDocuments(): Documents {
  const documents = new Map<string, Document>();
  const find = (id: string): IpcResult<Document> => {
    const document = documents.get(id);
    return document ? ok(document) : err({ code: 'invalid-request', message: `no open document '${id}'` });
  };
  return {
    open(plan) {
      const documentId = randomUUID();
      const document = { plan, calculator: createCalculator() };
      documents.set(documentId, document);
      return { documentId, summary: planSummary(document.calculator.calc(plan)) };
    },
    edit(documentId, edits) {
      const found = find(documentId);
      if (!found.ok) return found;
      let plan = found.value.plan;
      for (const edit of edits) {
        const next = applyEdit(plan, edit);
        if (!next.ok) return next;
        plan = next.value;
      }
      found.value.plan = plan;
      return ok(planSummary(found.value.calculator.calc(plan)));
    },
    plan(documentId) {
      const found = find(documentId);
      return found.ok ? ok(found.value.plan) : found;
    },
    apply(documentId, patches) {
      const found = find(documentId);
      if (!found.ok) return found;
      const applied = applyPatches(found.value.plan, patches);
      if (!applied.ok) return err({ code: 'invalid-request', message: applied.error });
      found.value.plan = applied.value.plan;
      return ok(planSummary(found.value.calculator.calc(applied.value.plan)));
    },
    result(documentId) {
      const found = find(documentId);
      return found.ok ? ok(found.value.calculator.calc(found.value.plan)) : found;
    },
    summary(documentId) {
      const found = find(documentId);
      return found.ok ? ok(planSummary(found.value.calculator.calc(found.value.plan))) : found;
    },
    close(documentId) {
      documents.delete(documentId);
    },
  };
}
