import type { Item } from '#shared/model';
import { ITEM_COLUMNS, type ItemHelper, type ItemNumberField } from './assumptionsLayout';
import { absolute, address } from './cells';

/** The cells of one item's Assumptions row that its formulas read. */
export interface ItemRowRefs {
  /** 1-based row of the item on the Assumptions sheet. */
  readonly row: number;
  /** `Assumptions!$E$4:$AN$4`-style range of a custom item's base values, when it has them. */
  readonly customValues?: string;
}

/** A same-sheet reference to an input's base value on the item's Assumptions row. */
function input(field: ItemNumberField, row: number): string {
  return absolute(row, ITEM_COLUMNS.number[field].base);
}

function text(field: keyof typeof ITEM_COLUMNS.text, row: number): string {
  return absolute(row, ITEM_COLUMNS.text[field]);
}

function helper(name: ItemHelper, row: number): string {
  return absolute(row, ITEM_COLUMNS.helper[name]);
}

/**
 * The helper formulas of an item's Assumptions row, one per helper column it uses: the cost
 * window, the monthly amount in plan currency, escalation and delivery window, exactly as the
 * engine computes them (cost-model.md, "Line items").
 */
export function helperFormulas(item: Item, refs: ItemRowRefs): Partial<Record<ItemHelper, string>> {
  const r = refs.row;
  const start = text('start', r);
  const dur = input('durationMonths', r);
  const from = helper('from', r);
  const startIndex = helper('startIndex', r);
  const fx = helper('fx', r);
  const common: Partial<Record<ItemHelper, string>> = {
    startIndex: `IF(ISNUMBER(${start}),${start},(VALUE(LEFT(${start},4))*12+VALUE(MID(${start},6,2)))-(YEAR(StartMonth)*12+MONTH(StartMonth)))`,
    fx: `IF(OR(${text('currency', r)}="",${text('currency', r)}=Currency),1,VLOOKUP(${text('currency', r)},FxRates,2,FALSE))`,
    escalation: `1+${input('escalationPct', r)}/100`,
  };
  const untilDuration = `IF(ISBLANK(${dur}),HorizonMonths,${from}+${dur})`;
  switch (item.kind) {
    case 'retainer':
      return {
        ...common,
        from: startIndex,
        to: `${from}+MAX(IF(ISBLANK(${dur}),HorizonMonths-${from},${dur}),${input('minimumMonths', r)})`,
        amount: `${input('monthlyFee', r)}*(1-${input('discountPct', r)}/100)*${fx}`,
        deliveryFrom: from,
        deliveryTo: helper('to', r),
      };
    case 'timeAndMaterials':
      return {
        ...common,
        from: startIndex,
        to: untilDuration,
        amount: `${input('rate', r)}*${input('quantity', r)}*IF(${text('per', r)}="week",52/12,1)*${fx}`,
        deliveryFrom: from,
        deliveryTo: helper('to', r),
      };
    case 'project':
      return {
        ...common,
        from: startIndex,
        startsBefore: untilDuration,
        to: `${helper('startsBefore', r)}+${input('buildMonths', r)}`,
        amount: `${input('feePerWorkflow', r)}/${input('buildMonths', r)}*${fx}`,
      };
    case 'salary':
      return {
        ...common,
        from: `${startIndex}+${input('hireLagMonths', r)}`,
        to: `IF(ISBLANK(${dur}),MAX(${from},HorizonMonths),${from}+${dur})`,
        amount: `${input('baseSalary', r)}/12*(1+(${input('loadPct', r)}+${input('bonusPct', r)})/100)*${fx}`,
        oneOff: `(${input('recruitingFee', r)}+${input('signingBonus', r)})*${fx}`,
        equity: `IF(OR(ISBLANK(CompanyValuation),${input('equityPct', r)}<=0),0,${input('equityPct', r)}/100*CompanyValuation/48)`,
        deliveryFrom: `${from}+${input('rampMonths', r)}`,
        deliveryTo: helper('to', r),
      };
    case 'oneTime':
      return { ...common, from: startIndex, to: `${from}+1`, amount: `${input('amount', r)}*${fx}`, deliveryFrom: from, deliveryTo: untilDuration };
    case 'custom': {
      const count = `COUNT(${refs.customValues ?? '0'})`;
      return {
        ...common,
        from: startIndex,
        to: `${from}+IF(ISBLANK(${dur}),${count},MIN(${count},${dur}))`,
        amount: fx,
        deliveryFrom: from,
        deliveryTo: untilDuration,
      };
    }
  }
}

/** A cross-sheet reference to a helper or input of the item's Assumptions row. */
function on(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** Workflows started when the offset from the item's start is ≤ X: ceil((X + 1) × workflowsPerYear / 12), none below 0. */
function startedBy(x: string, perYear: string): string {
  return `IF(${x}<0,0,ROUNDUP((${x}+1)*${perYear}/12,0))`;
}

/**
 * The month formula of an item on its scenario sheet, written at month column `column` (its
 * month index is in row `indexRow`); the formula is shared along the row, so only the column moves.
 * `equityCell` is the same month of the item's equity row, for a salary.
 */
export function monthFormula(item: Item, refs: ItemRowRefs, sheet: string, column: number, indexRow: number, equityCell?: string): string {
  const a = (cell: string): string => on(sheet, cell);
  const r = refs.row;
  const m = `${address(indexRow, column).replace(/(\d+)$/, '$$$1')}`;
  const from = a(helper('from', r));
  const to = a(helper('to', r));
  const amount = a(helper('amount', r));
  const esc = `${a(helper('escalation', r))}^INT((${m}-${from})/12)`;
  const window = `AND(${m}>=${from},${m}<${to})`;
  switch (item.kind) {
    case 'retainer':
    case 'timeAndMaterials':
      return `IF(${window},${amount}*${esc},0)`;
    case 'salary': {
      const oneOff = `IF(AND(${m}=${from},${to}>${from}),${a(helper('oneOff', r))},0)`;
      return `IF(${window},${amount}*${esc},0)+${oneOff}${equityCell ? `+${equityCell}` : ''}`;
    }
    case 'project': {
      const perYear = a(input('workflowsPerYear', r));
      const build = a(input('buildMonths', r));
      const before = a(helper('startsBefore', r));
      const building = `MAX(0,${startedBy(`MIN(${m},${before}-1)-${from}`, perYear)}-${startedBy(`${m}-${build}-${from}`, perYear)})`;
      return `${building}*${amount}*${esc}`;
    }
    case 'oneTime':
      return `IF(${m}=${from},${amount},0)`;
    case 'custom':
      return `IF(${window},INDEX(${refs.customValues ?? '0'},1,${m}-${from}+1)*${amount}*${esc},0)`;
  }
}

/** The non-cash (equity) formula of a salary at a month column: straight-line over 48 months from hire while employed. */
export function equityFormula(refs: ItemRowRefs, sheet: string, column: number, indexRow: number): string {
  const r = refs.row;
  const m = `${address(indexRow, column).replace(/(\d+)$/, '$$$1')}`;
  const from = on(sheet, helper('from', r));
  return `IF(AND(${m}>=${from},${m}<MIN(${on(sheet, helper('to', r))},${from}+48)),${on(sheet, helper('equity', r))},0)`;
}

/** Workflows an item ships at the end of a month: by delivery cadence, or per project workflow. Null when it ships none. */
export function shipFormula(item: Item, refs: ItemRowRefs, sheet: string, column: number, indexRow: number): string | null {
  const r = refs.row;
  const a = (cell: string): string => on(sheet, cell);
  const m = `${address(indexRow, column).replace(/(\d+)$/, '$$$1')}`;
  if (item.kind === 'project') {
    const from = a(helper('from', r));
    const build = a(input('buildMonths', r));
    const perYear = a(input('workflowsPerYear', r));
    const x = `(${m}-${build}+1-${from})`;
    return `IF(AND(${x}>=0,${m}-${build}+1<${a(helper('startsBefore', r))}),${startedBy(x, perYear)}-${startedBy(`${x}-1`, perYear)},0)`;
  }
  if (!item.delivery) return null;
  const first = `(${a(helper('deliveryFrom', r))}+${a(input('firstShipAfterMonths', r))}-1)`;
  const every = `MAX(1,${a(input('everyMonths', r))})`;
  const max = a(input('maxWorkflows', r));
  return `IF(AND(${m}>=${first},${m}<${a(helper('deliveryTo', r))},MOD(${m}-${first},${every})=0,(${m}-${first})/${every}<IF(ISBLANK(${max}),1E+300,${max})),1,0)`;
}
