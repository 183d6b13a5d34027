const formats = new Map<string, Intl.NumberFormat>();

/** Money in whole units of the plan currency, negatives in parentheses. */
export function money(value: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) formats.set(currency, (format = new Intl.NumberFormat(undefined, { style: 'currency', currency, currencySign: 'accounting', maximumFractionDigits: 0 })));
  return format.format(value);
}
