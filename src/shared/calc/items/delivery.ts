import type { Delivery } from '../../model';
import type { Resolve } from '../resolve';
import { NO_SHIPS, addShip, startShips, takeShips } from './shipList';

/**
 * Ship months of an item that delivers: the first at the end of month
 * `from + firstShipAfterMonths − 1`, then one every `everyMonths` while the month is before
 * `activeEnd`, at most `maxWorkflows`; only months inside [0, horizon) are returned.
 */
export function deliveryShipMonths(
  delivery: Delivery | undefined,
  from: number,
  activeEnd: number,
  resolve: Resolve,
  horizon: number,
): readonly number[] {
  if (!delivery) return NO_SHIPS;
  const first = from + resolve(delivery.firstShipAfterMonths) - 1;
  const every = Math.max(1, resolve(delivery.everyMonths));
  const max = delivery.maxWorkflows === undefined ? Infinity : resolve(delivery.maxWorkflows);
  const end = Math.min(activeEnd, horizon);
  startShips();
  for (let k = 0, m = first; m < end && k < max; k++, m += every) {
    if (m >= 0) addShip(m);
  }
  return takeShips();
}
