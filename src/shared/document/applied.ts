import type { Plan } from '../model';
import type { PlanPatch } from './patchSchema';

/** A patch applied: the new plan (sharing every object the patch did not touch) and the patch that undoes it. */
export interface AppliedPatch {
  readonly plan: Plan;
  readonly inverse: PlanPatch;
}
