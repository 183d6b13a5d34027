import type { Salary } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { deliveryShipMonths } from './delivery';
import { addAt, addEscalated } from './fill';
import { itemSeries, type ItemSeries } from './series';

/** Months over which an equity grant is expensed, straight-line from the hire month. */
export const EQUITY_EXPENSE_MONTHS = 48;

/**
 * Employed from h = start + hireLagMonths for durationMonths: baseSalary/12 × (1 + (loadPct +
 * bonusPct)/100) × raise(m) a month, recruitingFee and signingBonus once in month h; equity
 * (equityPct of companyValuation) expensed as non-cash over 48 months from h while employed.
 */
export function salarySeries(item: Salary, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const hire = startIndex(item, ctx) + resolve(item.hireLagMonths);
  const leave = item.durationMonths === undefined ? Math.max(hire, ctx.horizon) : hire + resolve(item.durationMonths);
  const fx = fxFactor(item, ctx);
  const monthly = (resolve(item.baseSalary) / 12) * (1 + (resolve(item.loadPct) + resolve(item.bonusPct)) / 100) * fx;
  const cash = ctx.newSeries(ctx.horizon);
  addEscalated(cash, hire, leave, monthly, resolve(item.escalationPct), hire);
  if (leave > hire) addAt(cash, hire, (resolve(item.recruitingFee) + resolve(item.signingBonus)) * fx);
  let nonCash: Float64Array | null = null;
  const equityPct = resolve(item.equityPct);
  if (ctx.companyValuation !== null && equityPct > 0) {
    nonCash = ctx.newSeries(ctx.horizon);
    const perMonth = ((equityPct / 100) * ctx.companyValuation) / EQUITY_EXPENSE_MONTHS;
    addEscalated(nonCash, hire, Math.min(leave, hire + EQUITY_EXPENSE_MONTHS), perMonth, 0, hire);
  }
  const productive = hire + resolve(item.rampMonths);
  return itemSeries(cash, nonCash, deliveryShipMonths(item.delivery, productive, leave, resolve, ctx.horizon), hire, leave, ctx.horizon);
}
