import type { Custom } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { deliveryShipMonths } from './delivery';
import { newSeries } from '../seriesAllocator';
import { clipWindow } from './fill';
import type { ItemSeries } from './series';

/** values[i] × esc in month start + i, for i below durationMonths (when given). */
export function customSeries(item: Custom, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const start = startIndex(item, ctx);
  const count = item.durationMonths === undefined ? item.values.length : Math.min(item.values.length, resolve(item.durationMonths));
  const end = item.durationMonths === undefined ? ctx.horizon : start + resolve(item.durationMonths);
  const fx = fxFactor(item, ctx);
  const rate = 1 + resolve(item.escalationPct) / 100;
  const cash = newSeries(ctx.horizon);
  for (let i = Math.max(0, -start); i < count && start + i < ctx.horizon; i++) {
    cash[start + i] = resolve(item.values[i] ?? 0) * fx * rate ** Math.floor(i / 12);
  }
  return { cash, nonCash: null, shipMonths: deliveryShipMonths(item.delivery, start, end, resolve, ctx.horizon), ...clipWindow(start, start + count, ctx.horizon) };
}
