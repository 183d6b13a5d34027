import { monthIndexOf, valueIn, type Item, type NumberOrRange, type Settings } from '#shared/model';
import type { ItemHelper } from './assumptionsLayout';

/**
 * The cached values of an item's helper formulas (base case), so the workbook reads correctly
 * before a spreadsheet recalculates it; the interop test proves they equal the recalculated ones.
 */
export function helperValues(item: Item, settings: Settings): Partial<Record<ItemHelper, number>> {
  const b = (v: NumberOrRange): number => valueIn(v, 'base');
  const H = settings.horizonMonths;
  const startIndex = typeof item.start === 'number' ? item.start : monthIndexOf(item.start, settings.startMonth);
  const fx = !item.currency || item.currency === settings.currency ? 1 : (settings.fxRates[item.currency] ?? Number.NaN);
  const dur = item.durationMonths === undefined ? undefined : b(item.durationMonths);
  const common = { startIndex, fx, escalation: 1 + b(item.escalationPct) / 100 };
  const untilDuration = dur === undefined ? H : startIndex + dur;
  switch (item.kind) {
    case 'retainer': {
      const to = startIndex + Math.max(dur ?? H - startIndex, b(item.minimumMonths));
      return { ...common, from: startIndex, to, amount: b(item.monthlyFee) * (1 - b(item.discountPct) / 100) * fx, deliveryFrom: startIndex, deliveryTo: to };
    }
    case 'timeAndMaterials':
      return {
        ...common,
        from: startIndex,
        to: untilDuration,
        amount: b(item.rate) * b(item.quantity) * (item.per === 'week' ? 52 / 12 : 1) * fx,
        deliveryFrom: startIndex,
        deliveryTo: untilDuration,
      };
    case 'project':
      return { ...common, from: startIndex, startsBefore: untilDuration, to: untilDuration + b(item.buildMonths), amount: (b(item.feePerWorkflow) / b(item.buildMonths)) * fx };
    case 'salary': {
      const from = startIndex + b(item.hireLagMonths);
      const to = dur === undefined ? Math.max(from, H) : from + dur;
      const valuation = settings.companyValuation === undefined ? null : b(settings.companyValuation);
      const equityPct = b(item.equityPct);
      return {
        ...common,
        from,
        to,
        amount: (b(item.baseSalary) / 12) * (1 + (b(item.loadPct) + b(item.bonusPct)) / 100) * fx,
        oneOff: (b(item.recruitingFee) + b(item.signingBonus)) * fx,
        equity: valuation === null || equityPct <= 0 ? 0 : ((equityPct / 100) * valuation) / 48,
        deliveryFrom: from + b(item.rampMonths),
        deliveryTo: to,
      };
    }
    case 'oneTime':
      return { ...common, from: startIndex, to: startIndex + 1, amount: b(item.amount) * fx, deliveryFrom: startIndex, deliveryTo: untilDuration };
    case 'custom': {
      const count = dur === undefined ? item.values.length : Math.min(item.values.length, dur);
      return { ...common, from: startIndex, to: startIndex + count, amount: fx, deliveryFrom: startIndex, deliveryTo: untilDuration };
    }
  }
}
