import type { Retainer } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { deliveryShipMonths } from './delivery';
import { addEscalated } from './fill';
import { itemSeries, type ItemSeries } from './series';

/** monthlyFee × (1 − discountPct/100) × esc(m), billed for max(durationMonths, minimumMonths). */
export function retainerSeries(item: Retainer, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const start = startIndex(item, ctx);
  const duration = item.durationMonths === undefined ? ctx.horizon - start : resolve(item.durationMonths);
  const billed = Math.max(duration, resolve(item.minimumMonths));
  const fee = resolve(item.monthlyFee) * (1 - resolve(item.discountPct) / 100) * fxFactor(item, ctx);
  const cash = ctx.newSeries(ctx.horizon);
  addEscalated(cash, start, start + billed, fee, resolve(item.escalationPct), start);
  return itemSeries(cash, null, deliveryShipMonths(item.delivery, start, start + billed, resolve, ctx.horizon), start, start + billed, ctx.horizon);
}
