import { monthlyOf, type PlanResult } from '#shared/calc';

/**
 * Characters that make a spreadsheet read a text cell as a formula (=, +, −, @) or that start one
 * after a field break (tab, CR, LF), with their full-width forms.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text field made safe for a spreadsheet: a leading formula character is neutralised with `'`. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV field: numbers stay numbers (rounded to cents, as written out), text is neutralised and quoted. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
  return quote(neutralise(value));
}

/** The timeline as CSV: a row per item and per scenario total, a column per month, then the total. */
export function timelineCsv(result: PlanResult): string {
  const lines: string[] = [['Scenario', 'Item', 'Kind', ...result.months, 'Total'].map(csvField).join(',')];
  for (const scenario of result.scenarios) {
    for (const item of scenario.items) lines.push([scenario.name, item.name, item.kind, ...Array.from(monthlyOf(item, result.months.length)), item.total].map(csvField).join(','));
    lines.push([scenario.name, 'Total', '', ...Array.from(scenario.monthly), scenario.total].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
