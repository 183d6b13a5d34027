/** A calendar month written `YYYY-MM`, the only month format in plan files and results. */
export type MonthKey = string;

/** `YYYY-MM` with a month from 01 to 12. */
export const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `text` is a month written `YYYY-MM` (month 01–12). */
export function isMonthKey(text: string): boolean {
  return MONTH_KEY.test(text);
}

/** Months since year 0 for a `YYYY-MM` key; throws on a malformed key (callers validate first). */
export function monthOrdinal(key: MonthKey): number {
  const match = MONTH_KEY.exec(key);
  if (!match) throw new Error(`not a month: ${key}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The `YYYY-MM` key of a month ordinal (months since year 0). */
export function monthKeyOf(ordinal: number): MonthKey {
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The key `offset` months after `key` (offset may be negative). */
export function addMonths(key: MonthKey, offset: number): MonthKey {
  return monthKeyOf(monthOrdinal(key) + offset);
}

/** Month index of `key` counted from `startMonth` (0 = startMonth; negative = before it). */
export function monthIndexOf(key: MonthKey, startMonth: MonthKey): number {
  return monthOrdinal(key) - monthOrdinal(startMonth);
}

/** The `horizon` month keys from `startMonth`, in order. */
export function monthKeys(startMonth: MonthKey, horizon: number): MonthKey[] {
  const first = monthOrdinal(startMonth);
  return Array.from({ length: horizon }, (_, m) => monthKeyOf(first + m));
}

/** The month after the one containing `today` (`YYYY-MM-DD` or `YYYY-MM`): the default plan start. */
export function monthAfter(today: string): MonthKey {
  return addMonths(today.slice(0, 7), 1);
}
