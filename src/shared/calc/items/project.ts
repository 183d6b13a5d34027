import type { Project } from '../../model';
import { fxFactor, startIndex, type ItemContext } from '../context';
import type { Resolve } from '../resolve';
import { addEscalatedSpan, escalation } from './fill';
import { addShip, startShips, takeShips } from './shipList';
import { itemSeries, type ItemSeries } from './series';

/**
 * Workflow k starts building in month start + floor(12k / workflowsPerYear) while that month is
 * before start + durationMonths; its fee is paid in equal parts over buildMonths and it ships at
 * the end of its last build month.
 */
export function projectSeries(item: Project, resolve: Resolve, ctx: ItemContext): ItemSeries {
  const start = startIndex(item, ctx);
  const startsBefore = item.durationMonths === undefined ? ctx.horizon : start + resolve(item.durationMonths);
  const perYear = resolve(item.workflowsPerYear);
  const build = Math.max(1, resolve(item.buildMonths));
  const instalment = (resolve(item.feePerWorkflow) / build) * fxFactor(item, ctx);
  const cash = ctx.newSeries(ctx.horizon);
  const escalated = escalation(resolve(item.escalationPct), start, ctx.horizon);
  startShips();
  let paidUntil = start;
  if (perYear > 0) {
    for (let k = 0; ; k++) {
      const s = start + Math.floor((12 * k) / perYear);
      if (s >= startsBefore || s >= ctx.horizon) break;
      addEscalatedSpan(cash, s, s + build, instalment, escalated);
      paidUntil = s + build;
      const ship = s + build - 1;
      if (ship >= 0 && ship < ctx.horizon) addShip(ship);
    }
  }
  return itemSeries(cash, null, takeShips(), start, paidUntil, ctx.horizon);
}
