import type { Retainer } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { deliveryShipMonths } from './delivery';
import { addEscalated, clipWindow } from './fill';
import { newSeries } from '../seriesAllocator';
import type { ItemSeries } from './series';

/** monthlyFee × (1 − discountPct/100) × esc(m), billed for max(durationMonths, minimumMonths). */
export function retainerSeries(item: Retainer, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const start = startIndex(item, ctx);
  const duration = item.durationMonths === undefined ? ctx.horizon - start : resolve(item.durationMonths);
  const billed = Math.max(duration, resolve(item.minimumMonths));
  const fee = resolve(item.monthlyFee) * (1 - resolve(item.discountPct) / 100) * fxFactor(item, ctx);
  const cash = newSeries(ctx.horizon);
  addEscalated(cash, start, start + billed, fee, resolve(item.escalationPct), start);
  return {
    cash,
    nonCash: null,
    shipMonths: deliveryShipMonths(item.delivery, start, start + billed, resolve, ctx.horizon),
    ...clipWindow(start, start + billed, ctx.horizon),
  };
}
