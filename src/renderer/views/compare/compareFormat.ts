import type { PlanSummary } from '../../../shared/ipc/summary';

type FiscalYear = PlanSummary['fiscalYears'][number];

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A share 0–1 as a percentage with at most one decimal: 0.6423 → "64.2%". */
export function percent(share: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A return on cost as a multiple, as the 3x rule reads it: 5.1 → "5.10×"; none when nothing was spent. */
export function multiple(roi: number | null, locale?: string): string {
  return roi === null ? '—' : `${numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(roi)}×`;
}

/** A whole count with grouping: 200000 → "200,000". */
export function count(value: number, locale?: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * Money in few characters, for chart axes and bar labels: $1.2M, $850K, negatives in parentheses;
 * `significant` digits (e.g. 3: $1.04M) where neighbouring figures must stay apart.
 */
export function compactMoney(value: number, currency: string, locale?: string, significant?: number): string {
  const digits: Intl.NumberFormatOptions = significant ? { minimumSignificantDigits: 1, maximumSignificantDigits: significant } : { minimumFractionDigits: 0, maximumFractionDigits: 1 };
  // Compact notation ignores the accounting sign: the parentheses are ours.
  const text = numberFormat(locale, { style: 'currency', currency, notation: 'compact', ...digits }).format(Math.abs(value));
  return value < 0 && text !== numberFormat(locale, { style: 'currency', currency, notation: 'compact', ...digits }).format(0) ? `(${text})` : text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2028-04` → "April 2028" (or "Apr 2028" when short); text that is not a month is returned as it is. */
export function monthWords(month: string, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !name) return month;
  return `${short ? name.slice(0, 3) : name} ${match[1]}`;
}

/** A fiscal year's label, with its months when it is partial: "FY2026 (1 mo)". */
export function fiscalYearLabel(year: FiscalYear): string {
  return year.partial ? `${year.label} (${year.months} mo)` : year.label;
}
