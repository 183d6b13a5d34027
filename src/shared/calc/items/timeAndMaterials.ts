import type { TimeAndMaterials } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { deliveryShipMonths } from './delivery';
import { addEscalated } from './fill';
import { itemSeries, type ItemSeries } from './series';

/** Weeks in an average month: a weekly quantity is billed 52 weeks over 12 months. */
export const WEEKS_PER_MONTH = 52 / 12;

/** rate × quantity × (per week ? 52/12 : 1) × esc(m) in every active month. */
export function timeAndMaterialsSeries(item: TimeAndMaterials, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const start = startIndex(item, ctx);
  const end = item.durationMonths === undefined ? ctx.horizon : start + resolve(item.durationMonths);
  const perMonth = item.per === 'week' ? WEEKS_PER_MONTH : 1;
  const amount = resolve(item.rate) * resolve(item.quantity) * perMonth * fxFactor(item, ctx);
  const cash = ctx.newSeries(ctx.horizon);
  addEscalated(cash, start, end, amount, resolve(item.escalationPct), start);
  return itemSeries(cash, null, deliveryShipMonths(item.delivery, start, end, resolve, ctx.horizon), start, end, ctx.horizon);
}
