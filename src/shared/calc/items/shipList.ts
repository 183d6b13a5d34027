/**
 * Collects an item's ship months and hands them out as an exactly sized array. Items are computed
 * one at a time, so one growing list serves them all: grown one push at a time per item, ship
 * lists were a large part of a full recalculation's garbage.
 */
const collecting: number[] = [];

/** Starts collecting the ship months of one item. */
export function startShips(): number[] {
  collecting.length = 0;
  return collecting;
}

/** The months collected since {@link startShips}, as a new array. */
export function takeShips(): number[] {
  return collecting.slice();
}
