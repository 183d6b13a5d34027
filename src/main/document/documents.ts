import { randomUUID } from 'node:crypto';
import { createCalculator, type Calculator, type PlanResult } from '#shared/calc';
import type { IpcResult } from '#shared/ipc/contract';
import { planSummary } from '#shared/ipc/toSummary';
import type { PlanSummary } from '#shared/ipc/summary';
import type { NumberOrRange, Plan } from '#shared/model';
import { err, ok } from '#shared/result';
import { applyPatches, isItemInput, type PlanPatch } from '#shared/document/patch';

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

/**
 * A typed input as the patch that sets it. The field is checked here, where the request's field is
 * any string, so the message names it as sent; the patch then validates the value like any change.
 */
function inputPatch(plan: Plan, edit: InputEdit): IpcResult<PlanPatch> {
  const scenario = plan.scenarios.find((s) => s.id === edit.scenarioId);
  if (!scenario) return err({ code: 'invalid-request', message: `no scenario '${edit.scenarioId}'` });
  const item = scenario.items.find((i) => i.id === edit.itemId);
  if (!item) return err({ code: 'invalid-request', message: `Scenario '${scenario.name}' has no item '${edit.itemId}'` });
  if (!isItemInput(item.kind, edit.field)) {
    return err({ code: 'invalid-request', message: `Scenario '${scenario.name}', item '${item.name}': ${edit.field} is not an input of a ${item.kind}` });
  }
  return ok({ op: 'setInput', scenarioId: edit.scenarioId, itemId: edit.itemId, field: edit.field, value: edit.value });
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
      const patches: PlanPatch[] = [];
      for (const edit of edits) {
        const patch = inputPatch(found.value.plan, edit);
        if (!patch.ok) return patch;
        patches.push(patch.value);
      }
      return this.apply(documentId, patches);
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
