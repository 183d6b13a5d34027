import fc from 'fast-check';
import {
  addMonths,
  monthKeyOf,
  parsePlan,
  type ItemInput,
  type NumberOrRange,
  type Plan,
  type PlanInput,
  type ScenarioInput,
  type SettingsInput,
} from '#shared/model';

/** Whether cost inputs that the schema lets go below zero (custom values, overrides) may do so. */
export interface PlanArbOptions {
  readonly nonNegative: boolean;
}

/** What an item generator needs from the settings it will be checked against. */
interface ItemEnv {
  readonly startMonth: string;
  readonly horizon: number;
  readonly currencies: readonly string[];
  readonly nonNegative: boolean;
}

/** A whole number or a cents amount from 0 to 1,000,000 (never -0, so JSON round trips stay exact). */
export const moneyValueArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
);

/** A signed amount of plan currency, magnitude up to 1,000,000, whole or in cents. */
export const signedMoneyValueArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -100_000_000, max: 100_000_000 }).map((cents) => (cents === 0 ? 0 : cents / 100)),
);

/** `value` as a plain number or as a `{low, base, high}` range of three draws of it, sorted. */
export function numberOrRangeArb(value: fc.Arbitrary<number>): fc.Arbitrary<NumberOrRange> {
  const range = fc.tuple(value, value, value).map(([a, b, c]) => {
    const [low, base, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { low, base, high };
  });
  return fc.oneof(value, range);
}

const money = numberOrRangeArb(moneyValueArb);
const pct = numberOrRangeArb(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((t) => t / 10)));
const smallPct = numberOrRangeArb(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 500 }).map((t) => t / 10)));

/** Whole months in [min, max], plain or ranged: the `int: true` fields of item.ts. */
function monthsArb(min: number, max: number): fc.Arbitrary<NumberOrRange> {
  return numberOrRangeArb(fc.integer({ min, max }));
}

/** Printable text, including non-ASCII code points, so saved files are tested beyond ASCII. */
const textArb = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ minLength, maxLength }), fc.string({ minLength, maxLength, unit: 'binary' }));

/** A `YYYY-MM` month between 2000-01 and 2040-12. */
export const startMonthArb: fc.Arbitrary<string> = fc.integer({ min: 2000 * 12, max: 2040 * 12 + 11 }).map(monthKeyOf);

/** A month `offset` months from `startMonth`, for offsets in [min, max]. */
function monthNearArb(startMonth: string, min: number, max: number): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map((offset) => addMonths(startMonth, offset));
}

/** Plan settings: USD, an optional EUR rate, horizon 1–60, any fiscal year start, optional valuation. */
export const settingsArb: fc.Arbitrary<SettingsInput> = fc.record(
  {
    currency: fc.constant('USD'),
    fxRates: fc.option(fc.integer({ min: 50, max: 200 }).map((r) => ({ EUR: r / 100 })), { nil: undefined }).map((fx) => fx ?? {}),
    startMonth: startMonthArb,
    horizonMonths: fc.integer({ min: 1, max: 60 }),
    fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
    discountRatePct: numberOrRangeArb(fc.oneof(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -50, max: 300 }).map((t) => t / 10))),
    hoursSavedPerWorkflowPerMonth: numberOrRangeArb(fc.integer({ min: 0, max: 200 })),
    loadedHourlyCost: numberOrRangeArb(fc.integer({ min: 0, max: 200 })),
    companyValuation: numberOrRangeArb(fc.integer({ min: 0, max: 50_000_000 })),
  },
  { requiredKeys: ['startMonth', 'horizonMonths', 'fiscalYearStartMonth', 'fxRates'] },
);

function sourceArb(): fc.Arbitrary<NonNullable<ItemInput['source']>> {
  return fc.oneof(
    fc.record(
      { type: fc.constant('article' as const), title: textArb(1, 20), author: textArb(1, 10), date: fc.constant('2025-01-15'), excerpt: textArb(0, 30) },
      { requiredKeys: ['type', 'title', 'author', 'date'] },
    ),
    fc.record(
      { type: fc.constant('quote' as const), file: textArb(1, 12), sheet: textArb(0, 8), row: fc.integer({ min: 1, max: 500 }), quoteId: textArb(1, 6) },
      { requiredKeys: ['type', 'file', 'sheet', 'row'] },
    ),
  );
}

function overridesArb(env: ItemEnv): fc.Arbitrary<Record<string, number>> {
  const value = env.nonNegative ? moneyValueArb : signedMoneyValueArb;
  return fc
    .array(fc.tuple(monthNearArb(env.startMonth, -3, env.horizon + 3), value), { maxLength: 3 })
    .map((entries) => Object.fromEntries(entries));
}

const deliveryArb = fc.record(
  {
    firstShipAfterMonths: monthsArb(1, 24),
    everyMonths: monthsArb(1, 24),
    maxWorkflows: monthsArb(0, 20),
  },
  { requiredKeys: ['firstShipAfterMonths', 'everyMonths'] },
);

/** Fields every kind shares; `start` is an index (negative and beyond the horizon too) or a `YYYY-MM`. */
function commonArb(env: ItemEnv) {
  return {
    id: fc.string({ minLength: 1, maxLength: 4 }),
    name: textArb(1, 12),
    category: fc.constantFrom('leadership', 'delivery', 'hiring', 'tools', 'other'),
    vendor: textArb(0, 10),
    currency: fc.constantFrom(...env.currencies),
    start: fc.oneof(
      fc.integer({ min: -24, max: env.horizon + 12 }),
      fc.integer({ min: -2400, max: 2400 }),
      monthNearArb(env.startMonth, -24, env.horizon + 12),
    ),
    durationMonths: monthsArb(0, 72),
    escalationPct: numberOrRangeArb(fc.oneof(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -500, max: 500 }).map((t) => t / 10))),
    notes: textArb(0, 20),
    source: sourceArb(),
    overrides: overridesArb(env),
  };
}

const COMMON_REQUIRED = ['id', 'name', 'kind'] as const;

/** One line item of any of the six kinds, valid against the settings described by `env`. */
function itemArb(env: ItemEnv): fc.Arbitrary<ItemInput> {
  const common = commonArb(env);
  const required = <K extends string>(...keys: K[]): ('id' | 'name' | 'kind' | K)[] => [...COMMON_REQUIRED, ...keys];
  const retainer = fc.record(
    { ...common, delivery: deliveryArb, kind: fc.constant('retainer' as const), monthlyFee: money, discountPct: pct, minimumMonths: monthsArb(0, 36) },
    { requiredKeys: required('monthlyFee') },
  );
  const timeAndMaterials = fc.record(
    {
      ...common,
      delivery: deliveryArb,
      kind: fc.constant('timeAndMaterials' as const),
      rate: money,
      unit: fc.constantFrom('hour' as const, 'day' as const),
      quantity: numberOrRangeArb(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 2000 }).map((q) => q / 10))),
      per: fc.constantFrom('week' as const, 'month' as const),
    },
    { requiredKeys: required('rate', 'unit', 'quantity', 'per') },
  );
  const project = fc.record(
    { ...common, kind: fc.constant('project' as const), feePerWorkflow: money, workflowsPerYear: monthsArb(0, 120), buildMonths: monthsArb(1, 24) },
    { requiredKeys: required('feePerWorkflow', 'workflowsPerYear', 'buildMonths') },
  );
  const salary = fc.record(
    {
      ...common,
      delivery: deliveryArb,
      kind: fc.constant('salary' as const),
      baseSalary: money,
      loadPct: smallPct,
      bonusPct: smallPct,
      recruitingFee: money,
      signingBonus: money,
      hireLagMonths: monthsArb(0, 12),
      rampMonths: monthsArb(0, 12),
      equityPct: numberOrRangeArb(fc.integer({ min: 0, max: 50 }).map((t) => t / 10)),
    },
    { requiredKeys: required('baseSalary') },
  );
  const oneTime = fc.record(
    { ...common, delivery: deliveryArb, kind: fc.constant('oneTime' as const), amount: money },
    { requiredKeys: required('amount') },
  );
  const custom = fc.record(
    {
      ...common,
      delivery: deliveryArb,
      kind: fc.constant('custom' as const),
      values: fc.array(numberOrRangeArb(env.nonNegative ? moneyValueArb : signedMoneyValueArb), { maxLength: 30 }),
    },
    { requiredKeys: required('values') },
  );
  return fc.oneof(retainer, timeAndMaterials, project, salary, oneTime, custom);
}

function scenarioArb(env: ItemEnv): fc.Arbitrary<ScenarioInput> {
  return fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 4 }),
      name: textArb(1, 16),
      template: fc.constantFrom('caio-agency', 'ai-officer', 'full-time-hire'),
      notes: textArb(0, 20),
      valueOverrides: fc.record(
        { hoursSavedPerWorkflowPerMonth: numberOrRangeArb(fc.integer({ min: 0, max: 200 })), loadedHourlyCost: numberOrRangeArb(fc.integer({ min: 0, max: 200 })) },
        { requiredKeys: [] },
      ),
      items: fc.uniqueArray(itemArb(env), { selector: (item) => item.id, maxLength: 5 }),
    },
    { requiredKeys: ['id', 'name', 'items'] },
  );
}

const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

/** An imported quote row, as the importer stores it (with raw cells and errors). */
const quoteArb: fc.Arbitrary<NonNullable<PlanInput['quotes']>[number]> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  file: textArb(0, 12),
  sheet: textArb(0, 8),
  row: fc.integer({ min: 1, max: 1000 }),
  vendor: nullable(textArb(0, 10)),
  service: nullable(textArb(0, 10)),
  pricingModel: nullable(fc.constantFrom('retainer' as const, 'hourly' as const, 'daily' as const, 'project' as const, 'salary' as const, 'oneTime' as const)),
  amount: nullable(moneyValueArb),
  currency: nullable(fc.constantFrom('USD', 'EUR')),
  quantity: nullable(fc.integer({ min: 0, max: 100 })),
  per: nullable(fc.constantFrom('week' as const, 'month' as const, 'year' as const)),
  termMonths: nullable(fc.integer({ min: 0, max: 60 })),
  minimumMonths: nullable(fc.integer({ min: 0, max: 24 })),
  discountPct: nullable(fc.integer({ min: 0, max: 100 })),
  start: nullable(startMonthArb),
  notes: nullable(textArb(0, 20)),
  raw: fc.array(fc.tuple(fc.constantFrom('Vendor', 'Service', 'Amount', 'Per', 'Notes'), textArb(0, 12)), { maxLength: 4 }).map((cells) => Object.fromEntries(cells)),
  errors: fc.array(fc.record({ cell: fc.constantFrom('Pricing!D10', 'Sheet1!B2'), message: textArb(1, 20) }), { maxLength: 2 }),
});

/** A valid plan file object (the schema's input): 1–4 scenarios, 0–5 items each, every kind. */
export function planInputArb(options: PlanArbOptions): fc.Arbitrary<PlanInput> {
  return settingsArb.chain((settings) => {
    const env: ItemEnv = {
      startMonth: settings.startMonth,
      horizon: settings.horizonMonths ?? 36,
      currencies: settings.fxRates && 'EUR' in settings.fxRates ? ['USD', 'EUR'] : ['USD'],
      nonNegative: options.nonNegative,
    };
    return fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        name: textArb(0, 16),
        settings: fc.constant(settings),
        scenarios: fc.uniqueArray(scenarioArb(env), { selector: (s) => s.id, minLength: 1, maxLength: 4 }),
        quotes: fc.array(quoteArb, { maxLength: 2 }),
      },
      { requiredKeys: ['schemaVersion', 'settings', 'scenarios'] },
    );
  });
}

/** Parses a generated plan input; a failure is a bug in these arbitraries, so it throws with the issues. */
export function parsedPlan(input: PlanInput): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(`the arbitrary generated an invalid plan: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Valid parsed plans; custom values and overrides may be negative. */
export const planArb: fc.Arbitrary<Plan> = planInputArb({ nonNegative: false }).map(parsedPlan);

/** Valid parsed plans in which every cost input and every override is ≥ 0. */
export const nonNegativePlanArb: fc.Arbitrary<Plan> = planInputArb({ nonNegative: true }).map(parsedPlan);
