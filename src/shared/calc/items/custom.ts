import type { Custom } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { deliveryShipMonths } from './delivery';
import { escalationPowers } from './escalation';
import { itemSeries, type ItemSeries } from './series';

/** values[i] × esc in month start + i, for i below durationMonths (when given). */
export function customSeries(item: Custom, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const start = startIndex(item, ctx);
  const count = item.durationMonths === undefined ? item.values.length : Math.min(item.values.length, resolve(item.durationMonths));
  const end = item.durationMonths === undefined ? ctx.horizon : start + resolve(item.durationMonths);
  const fx = fxFactor(item, ctx);
  const rate = 1 + resolve(item.escalationPct) / 100;
  const cash = ctx.newSeries(ctx.horizon);
  const powers = escalationPowers(rate, Math.floor(Math.max(0, count - 1) / 12));
  for (let i = Math.max(0, -start); i < count && start + i < ctx.horizon; i++) {
    const year = Math.floor(i / 12);
    cash[start + i] = resolve(item.values[i] ?? 0) * fx * (year < powers.length ? (powers[year] as number) : rate ** year);
  }
  return itemSeries(cash, null, deliveryShipMonths(item.delivery, start, end, resolve, ctx.horizon), start, start + count, ctx.horizon);
}
