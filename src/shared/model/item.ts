import { z } from 'zod';
import { MONTH_KEY } from './month';
import { numberOrRange, plainNumber } from './numbers';
import { sourceSchema } from './source';

const money = numberOrRange({ min: 0 });
const pct = numberOrRange({ min: 0, max: 100 });
const months = numberOrRange({ min: 0, max: 1200, int: true });

/** Where an item sits in the chart of costs; used for grouping, never in the arithmetic. */
export const categorySchema = z.enum(['leadership', 'delivery', 'hiring', 'tools', 'other']);

/** Delivery of a non-project item: first workflow after `firstShipAfterMonths` active months, then one every `everyMonths`. */
export const deliverySchema = z.strictObject({
  firstShipAfterMonths: numberOrRange({ min: 1, max: 1200, int: true }),
  everyMonths: numberOrRange({ min: 1, max: 1200, int: true }),
  maxWorkflows: numberOrRange({ min: 0, max: 10000, int: true }).optional(),
});

/** Cell overrides: a typed value (plan currency) replacing the computed month, keyed `YYYY-MM`. */
export const overridesSchema = z
  .record(z.string().regex(MONTH_KEY, 'must be a month written YYYY-MM'), plainNumber())
  .default({});

/** An item's first month: a month index from the plan start, or a `YYYY-MM` month. */
export const itemStartSchema = z.union(
  [plainNumber({ int: true, min: -2400, max: 2400 }), z.string().regex(MONTH_KEY, 'must be a month written YYYY-MM')],
  { error: 'must be a month index (0 = plan start) or a month written YYYY-MM' },
);

const common = {
  id: z.string().min(1, 'must not be empty'),
  name: z.string().min(1, 'must not be empty'),
  category: categorySchema.default('other'),
  vendor: z.string().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD')
    .optional(),
  start: itemStartSchema.default(0),
  durationMonths: months.optional(),
  escalationPct: numberOrRange({ min: -100, max: 1000 }).default(0),
  notes: z.string().optional(),
  source: sourceSchema.optional(),
  overrides: overridesSchema,
};

/** Items that do not ship by themselves may say how they deliver; a project ships per workflow instead. */
const delivers = { delivery: deliverySchema.optional() };

/** A monthly fee: monthlyFee × (1 − discountPct/100), billed for max(durationMonths, minimumMonths). */
export const retainerSchema = z.strictObject({
  ...common,
  ...delivers,
  kind: z.literal('retainer'),
  monthlyFee: money,
  discountPct: pct.default(0),
  minimumMonths: months.default(0),
});

/** Time and materials: rate × quantity per week (× 52/12) or per month. */
export const timeAndMaterialsSchema = z.strictObject({
  ...common,
  ...delivers,
  kind: z.literal('timeAndMaterials'),
  rate: money,
  unit: z.enum(['hour', 'day']),
  quantity: numberOrRange({ min: 0 }),
  per: z.enum(['week', 'month']),
});

/** A fee per workflow, workflowsPerYear started, each paid over buildMonths and shipped at their end. */
export const projectSchema = z.strictObject({
  ...common,
  kind: z.literal('project'),
  feePerWorkflow: money,
  workflowsPerYear: numberOrRange({ min: 0, max: 120, int: true }),
  buildMonths: numberOrRange({ min: 1, max: 120, int: true }),
});

/** An employee: annual base salary with load and bonus, one-off hiring costs, and equity (non-cash). */
export const salarySchema = z.strictObject({
  ...common,
  ...delivers,
  kind: z.literal('salary'),
  baseSalary: money,
  loadPct: numberOrRange({ min: 0, max: 500 }).default(0),
  bonusPct: numberOrRange({ min: 0, max: 500 }).default(0),
  recruitingFee: money.default(0),
  signingBonus: money.default(0),
  hireLagMonths: months.default(0),
  rampMonths: months.default(0),
  equityPct: pct.default(0),
});

/** A single payment of `amount` in the item's start month. */
export const oneTimeSchema = z.strictObject({
  ...common,
  ...delivers,
  kind: z.literal('oneTime'),
  amount: money,
});

/** Typed values, one per month from the item's start. */
export const customSchema = z.strictObject({
  ...common,
  ...delivers,
  kind: z.literal('custom'),
  values: z.array(numberOrRange()).max(2400, 'must hold at most 2,400 months'),
});

/** Every kind of line item, told apart by `kind`. */
export const itemSchema = z.discriminatedUnion('kind', [
  retainerSchema,
  timeAndMaterialsSchema,
  projectSchema,
  salarySchema,
  oneTimeSchema,
  customSchema,
]);

/** The six item kinds. */
export const ITEM_KINDS = ['retainer', 'timeAndMaterials', 'project', 'salary', 'oneTime', 'custom'] as const;

export type Item = z.output<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;
export type ItemKind = Item['kind'];
export type Category = z.output<typeof categorySchema>;
export type Delivery = z.output<typeof deliverySchema>;
export type Retainer = z.output<typeof retainerSchema>;
export type TimeAndMaterials = z.output<typeof timeAndMaterialsSchema>;
export type Project = z.output<typeof projectSchema>;
export type Salary = z.output<typeof salarySchema>;
export type OneTime = z.output<typeof oneTimeSchema>;
export type Custom = z.output<typeof customSchema>;
