import { calcPlan } from '#shared/calc';
import { planResultDto } from '#shared/ipc/toDto';
import { monthAfter, parsePlan } from '#shared/model';
import { err, ok } from '#shared/result';
import { DEFAULT_TEMPLATE_IDS, planFromTemplates } from '#shared/templates';
import type { DomainHandlers } from '../router';

/** Plans: create from templates, validate, calculate. `today` comes in so handlers stay free of the clock. */
export function planHandlers(today: () => string): DomainHandlers {
  return {
    'plan:create': ({ templates, startMonth }) => {
      const input = planFromTemplates(templates ?? DEFAULT_TEMPLATE_IDS, startMonth ?? monthAfter(today()));
      if (!input.ok) return err({ code: 'invalid-request', message: input.error });
      const plan = parsePlan(input.value);
      return plan.ok ? ok(plan.value) : err({ code: 'failed', message: plan.error.map((i) => i.message).join('; ') });
    },
    'plan:validate': ({ plan }) => {
      const parsed = parsePlan(plan);
      return ok(parsed.ok ? { valid: true, issues: [] } : { valid: false, issues: parsed.error });
    },
    'plan:calculate': ({ plan }) => ok(planResultDto(calcPlan(plan))),
  };
}
