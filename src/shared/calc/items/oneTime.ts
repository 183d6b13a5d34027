import type { OneTime } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { deliveryShipMonths } from './delivery';
import { addAt } from './fill';
import { itemSeries, type ItemSeries } from './series';

/** `amount` in the start month only; it may still deliver over the months after. */
export function oneTimeSeries(item: OneTime, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const start = startIndex(item, ctx);
  const end = item.durationMonths === undefined ? ctx.horizon : start + resolve(item.durationMonths);
  const cash = ctx.newSeries(ctx.horizon);
  addAt(cash, start, resolve(item.amount) * fxFactor(item, ctx));
  return itemSeries(cash, null, deliveryShipMonths(item.delivery, start, end, resolve, ctx.horizon), start, start + 1, ctx.horizon);
}
