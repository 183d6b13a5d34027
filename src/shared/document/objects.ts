/**
 * `record` with `key` set to `value`, or without `key` when `value` is undefined. Every other entry
 * is shared; a key already there keeps its place, a new key goes before the first existing key
 * for which `goesBefore` is true (so files keep the schema's order, overrides their months' order).
 * Returns `record` itself when there is nothing to remove.
 */
export function withKey<T extends object>(record: T, key: string, value: unknown, goesBefore: (existing: string) => boolean): T {
  const had = Object.hasOwn(record, key);
  if (value === undefined) {
    if (!had) return record;
    return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as T;
  }
  if (had) return { ...record, [key]: value };
  const entries = Object.entries(record);
  const at = entries.findIndex(([k]) => goesBefore(k));
  entries.splice(at === -1 ? entries.length : at, 0, [key, value]);
  return Object.fromEntries(entries) as T;
}

/** A `goesBefore` for {@link withKey} that keeps keys in the order of `order` (keys it does not list go last). */
export function inOrder(order: readonly string[], key: string): (existing: string) => boolean {
  const rank = (k: string): number => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  const own = rank(key);
  return (existing) => rank(existing) > own;
}

/** `list` with the element at `from` moved so that it ends up at `to`. */
export function moveTo<T>(list: readonly T[], from: number, to: number): T[] {
  const moved = list.toSpliced(from, 1);
  moved.splice(to, 0, list[from] as T);
  return moved;
}

/** True when `index` is a whole number from 0 to `max`. */
export function isPosition(index: number, max: number): boolean {
  return Number.isInteger(index) && index >= 0 && index <= max;
}
