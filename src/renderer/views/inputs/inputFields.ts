import { ITEM_INPUT_FIELDS, type ItemInputField } from '../../../shared/document/patch';
import { fieldLabel, type ItemKind } from '../../../shared/model';
import type { FieldSpec, Unit } from '../../grid/entry';

/** The unit and bounds of each numeric input, as item.ts states them. */
const SPECS: Readonly<Record<ItemInputField, Omit<FieldSpec, 'allowRange' | 'currency'>>> = {
  durationMonths: { unit: 'months', min: 0, max: 1200, optional: true },
  escalationPct: { unit: 'percent', min: -100, max: 1000 },
  monthlyFee: { unit: 'money', min: 0 },
  discountPct: { unit: 'percent', min: 0, max: 100 },
  minimumMonths: { unit: 'months', min: 0, max: 1200 },
  rate: { unit: 'money', min: 0 },
  quantity: { unit: 'count', min: 0 },
  feePerWorkflow: { unit: 'money', min: 0 },
  workflowsPerYear: { unit: 'count', min: 0, max: 120, whole: true },
  buildMonths: { unit: 'months', min: 1, max: 120 },
  baseSalary: { unit: 'money', min: 0 },
  loadPct: { unit: 'percent', min: 0, max: 500 },
  bonusPct: { unit: 'percent', min: 0, max: 500 },
  recruitingFee: { unit: 'money', min: 0 },
  signingBonus: { unit: 'money', min: 0 },
  hireLagMonths: { unit: 'months', min: 0, max: 1200 },
  rampMonths: { unit: 'months', min: 0, max: 1200 },
  equityPct: { unit: 'percent', min: 0, max: 100 },
  amount: { unit: 'money', min: 0 },
};

/** How a cell of `field` reads entry: ranges allowed, money in the item's currency. */
export function fieldSpec(field: ItemInputField, currency: string): FieldSpec {
  const spec = SPECS[field];
  return { ...spec, allowRange: true, ...(spec.unit === 'money' ? { currency } : {}) };
}

/** The unit a field's values are shown in. */
export function fieldUnit(field: ItemInputField): Unit {
  return SPECS[field].unit;
}

/** The input columns after the fixed ones (Name … Duration), in the schema's order across kinds. */
export const INPUT_COLUMN_FIELDS: readonly ItemInputField[] = ITEM_INPUT_FIELDS.filter((f) => f !== 'durationMonths');

const SHORT_HEADERS: Partial<Record<ItemInputField, string>> = {
  durationMonths: 'Duration (mo)',
  escalationPct: 'Escalation %',
  minimumMonths: 'Minimum (mo)',
  workflowsPerYear: 'Workflows / yr',
  buildMonths: 'Build (mo)',
  hireLagMonths: 'Hire lag (mo)',
  rampMonths: 'Ramp (mo)',
};

/** A column header in the cost model's words: "Monthly fee", "Workflows / yr". */
export function fieldHeader(field: string): string {
  const short = SHORT_HEADERS[field as ItemInputField];
  if (short) return short;
  const label = fieldLabel(field);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The kinds as a CFO names them. */
export const KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  retainer: 'Retainer',
  timeAndMaterials: 'Time and materials',
  project: 'Project',
  salary: 'Salary',
  oneTime: 'One-time',
  custom: 'Custom',
};
