import { monthAfter, parsePlan } from '#shared/model';
import { err, ok } from '#shared/result';
import { DEFAULT_TEMPLATE_IDS, planFromTemplates } from '#shared/templates';
import type { Documents } from '../../document/documents';
import type { DomainHandlers } from '../router';

/** Documents kept in main: create, edit with small patches, read the plan, close. */
export function documentHandlers(documents: Documents, today: () => string): DomainHandlers {
  return {
    'document:create': ({ templates, startMonth }) => {
      const input = planFromTemplates(templates ?? DEFAULT_TEMPLATE_IDS, startMonth ?? monthAfter(today()));
      if (!input.ok) return err({ code: 'invalid-request', message: input.error });
      const plan = parsePlan(input.value);
      return plan.ok ? ok(documents.open(plan.value)) : err({ code: 'failed', message: plan.error.map((i) => i.message).join('; ') });
    },
    'document:open': ({ plan }) => ok(documents.open(plan)),
    'document:edit': ({ documentId, edits }) => documents.edit(documentId, edits),
    'document:plan': ({ documentId }) => documents.plan(documentId),
    'document:close': ({ documentId }) => {
      documents.close(documentId);
      return ok({});
    },
  };
}
