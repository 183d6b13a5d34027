import { sensitivity } from '#shared/calc';
import { timelineOf } from '#shared/ipc/toTimeline';
import { monthAfter, parsePlan, type Plan } from '#shared/model';
import type { IpcResult } from '#shared/ipc/contract';
import { err, ok } from '#shared/result';
import { DEFAULT_TEMPLATE_IDS, planFromTemplates } from '#shared/templates';
import type { Workspace } from '../../document/workspace';
import type { DomainHandlers } from '../router';

/** A new plan from templates (the default three when none are named), starting the month after today. */
export function planOfTemplates(templates: readonly string[] | undefined, startMonth: string | undefined, today: () => string): IpcResult<Plan> {
  const input = planFromTemplates(templates ?? DEFAULT_TEMPLATE_IDS, startMonth ?? monthAfter(today()));
  if (!input.ok) return err({ code: 'invalid-request', message: input.error });
  const plan = parsePlan(input.value);
  return plan.ok ? ok(plan.value) : err({ code: 'failed', message: plan.error.map((i) => i.message).join('; ') });
}

/** Documents kept in main: create, edit with small patches, read the plan or the summary, close. */
export function documentHandlers(workspace: Workspace, today: () => string): DomainHandlers {
  return {
    'document:create': ({ templates, startMonth }, sender) => {
      const plan = planOfTemplates(templates, startMonth, today);
      return plan.ok ? ok(workspace.create(plan.value, sender.key)) : plan;
    },
    'document:open': ({ plan }, sender) => ok(workspace.create(plan, sender.key)),
    'document:summary': ({ documentId }, sender) => workspace.summary(documentId, sender.key),
    'document:edit': ({ documentId, edits }, sender) => workspace.edit(documentId, edits, sender.key),
    'document:apply': ({ documentId, patches }, sender) => workspace.apply(documentId, patches, sender.key),
    'document:plan': ({ documentId }) => workspace.plan(documentId),
    'document:timeline': ({ documentId, scenarioId }) => {
      const result = workspace.result(documentId);
      if (!result.ok) return result;
      const timeline = timelineOf(result.value, scenarioId);
      return timeline ? ok(timeline) : err({ code: 'invalid-request', message: `the plan has no scenario '${scenarioId}'` });
    },
    'document:sensitivity': ({ documentId }) => {
      const plan = workspace.plan(documentId);
      return plan.ok ? ok(sensitivity(plan.value).map((s) => ({ ...s, entries: s.entries.map((e) => ({ ...e })) }))) : plan;
    },
    'document:close': async ({ documentId }) => {
      await workspace.close(documentId);
      return ok({});
    },
  };
}
