import type { Category, Item, ItemKind } from '../model';

/** Where a new item of each kind is filed until the user says otherwise. */
const NEW_ITEM_CATEGORY: Readonly<Record<ItemKind, Category>> = {
  retainer: 'leadership',
  timeAndMaterials: 'leadership',
  project: 'delivery',
  salary: 'hiring',
  oneTime: 'other',
  custom: 'other',
};

/**
 * A valid new item of `kind` that changes no total: every amount 0, starting at the plan start,
 * running to the end of the horizon, no escalation, no delivery, no overrides. A project starts
 * 0 workflows a year (builds of 1 month), so the workflow count does not move either. Keys are in
 * the schema's order, as a parsed file has them.
 */
export function newItem(kind: ItemKind, id: string, name: string): Item {
  const common = { id, name, category: NEW_ITEM_CATEGORY[kind], start: 0, escalationPct: 0, overrides: {} };
  switch (kind) {
    case 'retainer':
      return { ...common, kind, monthlyFee: 0, discountPct: 0, minimumMonths: 0 };
    case 'timeAndMaterials':
      return { ...common, kind, rate: 0, unit: 'hour', quantity: 0, per: 'month' };
    case 'project':
      return { ...common, kind, feePerWorkflow: 0, workflowsPerYear: 0, buildMonths: 1 };
    case 'salary':
      return { ...common, kind, baseSalary: 0, loadPct: 0, bonusPct: 0, recruitingFee: 0, signingBonus: 0, hireLagMonths: 0, rampMonths: 0, equityPct: 0 };
    case 'oneTime':
      return { ...common, kind, amount: 0 };
    case 'custom':
      return { ...common, kind, values: [] };
  }
}
