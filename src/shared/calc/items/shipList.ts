/** The ship months of every item that does not deliver: shared, since most items do not. */
export const NO_SHIPS: readonly number[] = Object.freeze([]);

/**
 * Collects an item's ship months and hands them out as an exactly sized array. Items are computed
 * one at a time, so one list serves them all: grown one push at a time per item, ship lists were a
 * large part of a full recalculation's garbage. The list is never shortened, only its first
 * `count` months are the current item's: setting an array's length to 0 drops its backing store,
 * so each item grew it again (2.4 of the 14 MB the stress plan allocated per run).
 */
const collecting: number[] = [];
let count = 0;

/** Starts collecting the ship months of one item. */
export function startShips(): void {
  count = 0;
}

/** Adds the next ship month of the item being collected. */
export function addShip(month: number): void {
  collecting[count++] = month;
}

/** The months collected since {@link startShips}, as a new array ({@link NO_SHIPS} when there are none). */
export function takeShips(): readonly number[] {
  return count === 0 ? NO_SHIPS : collecting.slice(0, count);
}
