import type { Plan, ScenarioInput } from '#shared/model';
import { planOf, retainer } from './plans';

const ITEMS_PER_SCENARIO = 200;
const NOTE_CHARS = 2000;

/**
 * A valid plan whose file is at least `minBytes` long: retainers with long notes, so a save
 * takes long enough to be interrupted and a disk can be filled. `variant` makes the content differ.
 */
export function largePlan(minBytes: number, variant: string): Plan {
  const note = `${variant}: `.padEnd(NOTE_CHARS, `${variant} notes, `);
  // Each item serializes to a little more than its note; round up so the file is never short of minBytes.
  const count = Math.ceil(minBytes / NOTE_CHARS);
  const scenarios: ScenarioInput[] = [];
  for (let first = 0; first < count; first += ITEMS_PER_SCENARIO) {
    const items = Array.from({ length: Math.min(ITEMS_PER_SCENARIO, count - first) }, (_, k) =>
      retainer({ id: `i${first + k}`, name: `${variant} item ${first + k}`, monthlyFee: 1000 + first + k, notes: note }),
    );
    scenarios.push({ id: `s${first / ITEMS_PER_SCENARIO}`, name: `${variant} scenario ${first / ITEMS_PER_SCENARIO}`, items });
  }
  return { ...planOf({}, scenarios), name: `Large ${variant}` };
}

/** A small plan named `name`. */
export function smallPlan(name: string): Plan {
  return { ...planOf({}, [{ id: 's', name: 'Scenario', items: [retainer()] }]), name };
}

/** The edits a user makes in the crash tests: a new name, a higher fee, one more scenario. */
export function editedPlan(plan: Plan): Plan {
  const [first, ...rest] = plan.scenarios;
  const raised = first && { ...first, items: first.items.map((item) => (item.kind === 'retainer' ? { ...item, monthlyFee: 4321 } : item)) };
  const added = planOf({}, [{ id: 'added', name: 'Added after opening', items: [retainer({ id: 'new', monthlyFee: 777 })] }]).scenarios;
  return { ...plan, name: `${plan.name ?? 'Plan'} (edited)`, scenarios: [...(raised ? [raised] : []), ...rest, ...added] };
}
