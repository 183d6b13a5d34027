import { CURRENT_SCHEMA_VERSION, addMonths, parsePlan, type ItemInput, type NumberOrRange, type Plan, type PlanInput, type Retainer } from '#shared/model';

/** The plan every benchmark plan starts in. */
export const BENCH_START = '2027-01';

/** Size of a generated plan. */
export interface PlanShape {
  readonly scenarios: number;
  readonly items: number;
  readonly months: number;
}

/** The full-recalculation plan: 50 scenarios × 200 items × 240 months. */
export const STRESS_SHAPE: PlanShape = { scenarios: 50, items: 200, months: 240 };

/** The edit plan a spreadsheet can model too: 20 scenarios × 25 retainers × 120 months. */
export const EDIT_SHAPE: PlanShape = { scenarios: 20, items: 25, months: 120 };

/** Item-months of a shape: the unit the recalculation figure is divided by. */
export function itemMonths(shape: PlanShape): number {
  return shape.scenarios * shape.items * shape.months;
}

function parsed(input: PlanInput): Plan {
  const plan = parsePlan(input);
  if (!plan.ok) throw new Error(`bench plan is invalid: ${plan.error.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return plan.value;
}

/** A spread around `base`, so a fifth of the inputs carry a range. */
function maybeRange(base: number, ranged: boolean): NumberOrRange {
  return ranged ? { low: Math.round(base * 0.8), base, high: Math.round(base * 1.3) } : base;
}

/** Kind of item `i` by its slot in each run of 20: 6 retainers, 4 T&M, 4 projects, 4 salaries, a one-off, a custom series. */
const KIND_SLOTS: readonly ItemInput['kind'][] = [
  ...Array<ItemInput['kind']>(6).fill('retainer'),
  ...Array<ItemInput['kind']>(4).fill('timeAndMaterials'),
  ...Array<ItemInput['kind']>(4).fill('project'),
  ...Array<ItemInput['kind']>(4).fill('salary'),
  'oneTime',
  'custom',
];

/**
 * Item `i` of scenario `s`: a fifth of them with a ranged figure, half escalating (a quarter of
 * them by a ranged rate), a third running to the end of the horizon, one in fifty with overrides.
 */
function stressItem(s: number, i: number, months: number): ItemInput {
  const seed = (s * 7919 + i * 104729) % 1000;
  const ranged = i % 5 === 0;
  const start = (seed * 7) % 60;
  const common = {
    id: `i${i}`,
    name: `Item ${i}`,
    start,
    durationMonths: i % 3 === 0 ? undefined : 24 + (seed % 97),
    escalationPct: i % 4 === 0 ? { low: 2, base: 3, high: 5 } : i % 2 === 0 ? 3 + (seed % 3) : 0,
    overrides: i % 50 === 7 ? { [addMonths(BENCH_START, start + 1)]: 1234.5, [addMonths(BENCH_START, start + 2)]: 0 } : {},
  };
  const delivery = i % 10 === 1 ? { firstShipAfterMonths: 2, everyMonths: 3 + (seed % 4) } : undefined;
  const kind = KIND_SLOTS[i % KIND_SLOTS.length] ?? 'retainer';
  switch (kind) {
    case 'retainer':
      return { ...common, kind, category: 'leadership', monthlyFee: maybeRange(3_000 + seed * 20, ranged), discountPct: i % 7 === 0 ? 10 : 0, minimumMonths: i % 9 === 0 ? 6 : 0, delivery };
    case 'timeAndMaterials':
      return { ...common, kind, category: 'delivery', rate: maybeRange(150 + (seed % 200), ranged), unit: 'hour', quantity: 10 + (seed % 30), per: i % 2 === 0 ? 'week' : 'month', delivery };
    case 'project':
      return { ...common, kind, category: 'delivery', feePerWorkflow: maybeRange(30_000 + seed * 50, ranged), workflowsPerYear: ranged ? { low: 2, base: 3, high: 4 } : 2 + (seed % 3), buildMonths: 1 + (seed % 3) };
    case 'salary':
      return { ...common, kind, category: 'hiring', baseSalary: maybeRange(120_000 + seed * 200, ranged), loadPct: 12.5, bonusPct: i % 3 === 0 ? 10 : 0, recruitingFee: 20_000, hireLagMonths: ranged ? { low: 1, base: 2, high: 4 } : 2, rampMonths: 3, equityPct: i % 8 === 6 ? 0.5 : 0, delivery };
    case 'oneTime':
      return { ...common, kind, category: 'tools', amount: maybeRange(5_000 + seed * 10, ranged) };
    case 'custom':
      return { ...common, kind, category: 'other', values: Array.from({ length: Math.min(months, 36) }, (_, k) => 500 + ((seed + k * 13) % 400)) };
  }
}

/** The stress plan: {@link STRESS_SHAPE}, every kind of item, ranges, escalation, a few overrides, priced equity. */
export function stressPlan(shape: PlanShape = STRESS_SHAPE): Plan {
  return parsed({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { startMonth: BENCH_START, horizonMonths: shape.months, companyValuation: 20_000_000 },
    scenarios: Array.from({ length: shape.scenarios }, (_, s) => ({
      id: `s${s}`,
      name: `Scenario ${s}`,
      items: Array.from({ length: shape.items }, (_, i) => stressItem(s, i, shape.months)),
    })),
    quotes: [],
  });
}

/** What the spreadsheet peer needs of a retainer of the edit plan. */
export interface RetainerRow {
  readonly fee: number;
  readonly start: number;
  readonly duration: number;
  readonly escalationPct: number;
}

/** Reads the plain inputs of an edit-plan retainer; throws if the plan is not of that shape. */
export function retainerRow(item: Retainer): RetainerRow {
  const { monthlyFee, start, durationMonths, escalationPct } = item;
  if (typeof monthlyFee !== 'number' || typeof start !== 'number' || typeof durationMonths !== 'number' || typeof escalationPct !== 'number') {
    throw new Error(`edit plan item ${item.id} is not a plain retainer`);
  }
  return { fee: monthlyFee, start, duration: durationMonths, escalationPct };
}

/**
 * The edit plan: {@link EDIT_SHAPE} of retainers with plain monthlyFee, start, durationMonths and
 * escalationPct. The value settings are plain too, so the plan has no ranges and a run is the base
 * case only, the same work the spreadsheet does.
 */
export function editPlan(shape: PlanShape = EDIT_SHAPE): Plan {
  return parsed({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    settings: { startMonth: BENCH_START, horizonMonths: shape.months, hoursSavedPerWorkflowPerMonth: 40, loadedHourlyCost: 60 },
    scenarios: Array.from({ length: shape.scenarios }, (_, s) => ({
      id: `e${s}`,
      name: `Edit scenario ${s}`,
      items: Array.from({ length: shape.items }, (_, i): ItemInput => {
        const seed = (s * 31 + i * 17) % 97;
        return {
          id: `r${i}`,
          name: `Retainer ${i}`,
          kind: 'retainer',
          monthlyFee: 2_000 + seed * 150,
          start: (s + i * 3) % 36,
          durationMonths: 12 + ((seed * 5) % 109),
          escalationPct: i % 3 === 0 ? 0 : 2 + (seed % 4),
        };
      }),
    })),
    quotes: [],
  });
}
