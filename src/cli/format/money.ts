const formatters = new Map<string, Intl.NumberFormat>();

/** Money for a table: whole units of the plan currency, grouped, negatives in parentheses as accountants write them. */
export function formatMoney(value: number, currency: string): string {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencySign: 'accounting', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    formatters.set(currency, format);
  }
  return format.format(Math.round(value) === 0 ? 0 : value);
}

/** A ratio such as ROI as `0.58x`. */
export function formatRatio(value: number | null): string {
  return value === null || Number.isNaN(value) ? '—' : `${value.toFixed(2)}x`;
}

/** A share (0–1) as a percentage with no decimals. */
export function formatShare(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Rounds money to cents, as written out; NaN becomes null. */
export function cents(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}
