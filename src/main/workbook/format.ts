const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A byte count as people read it: `512 bytes`, `64 KB`, `1.0 GB` (binary multiples, as Windows shows them). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} bytes`;
  // One decimal below 10 units keeps `1.0 GB` from reading as `1 GB` when it is really 1.04.
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ${UNITS[unit]}`;
}

/** A count with thousands grouped: `10,000`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
