import type { Quote } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { cellText, type GridCell } from './grid';
import { parseNumber, type NumberStyle } from './numberStyle';
import { findUnits, type UnitMark } from './pricingModel';

/** The period a quantity is counted over, as a quote's `per`. */
export type Per = NonNullable<Quote['per']>;

/** The period a unit phrase names (`/week`, `per month`, `p.a.`), if it names one. */
function perOfMark(mark: UnitMark): Per | null {
  if (mark.meaning === 'week') return 'week';
  if (mark.meaning === 'retainer') return 'month';
  if (mark.meaning === 'salary') return 'year';
  return null;
}

/** The period a text names (`Hours per week`, `Days/month`, `monthly`), or null. */
export function perOfText(text: string): Per | null {
  for (const mark of findUnits(text)) {
    const per = perOfMark(mark);
    if (per) return per;
  }
  return null;
}

const PER_WORDS: readonly [Per, RegExp][] = [
  ['week', /^(?:weeks?|weekly|wk|w|per week|a week|pw)$/i],
  ['month', /^(?:months?|monthly|mo|mth|m|per month|a month|pm|pcm)$/i],
  ['year', /^(?:years?|yearly|annual|annually|yr|y|per year|a year|pa|per annum)$/i],
];

/** A `Per` cell (`week`, `Monthly`, `/yr`), or null when empty; other text is refused. */
export function parsePer(cell: GridCell): Result<Per | null, string> {
  const text = cellText(cell).trim();
  if (text === '') return ok(null);
  const words = text.replace(/^\//, '').replace(/[.]/g, '').trim();
  const found = PER_WORDS.find(([, re]) => re.test(words))?.[0] ?? perOfText(text);
  return found ? ok(found) : err(`${JSON.stringify(text)} is not a period (week, month or year)`);
}

/** Words a quantity may be counted in; they do not change the number. */
const COUNT_WORDS = /\b(?:hours?|hrs?|h|days?|d|person[\s-]days?|man[\s-]days?|units?|workflows?|sessions?|fte|x)\b\.?/gi;

/**
 * A quantity cell: its number and, when the text says so (`40 hrs/week`, `10 days per month`), the
 * period it counts over; null when empty.
 */
export function parseQuantity(cell: GridCell, style: NumberStyle): Result<{ quantity: number; per: Per | null } | null, string> {
  switch (cell.kind) {
    case 'empty':
      return ok(null);
    case 'number':
      return ok({ quantity: cell.value, per: null });
    case 'text': {
      const text = cell.text.trim();
      if (text === '') return ok(null);
      const marks = findUnits(text);
      let rest = text;
      for (const mark of [...marks].reverse()) rest = rest.slice(0, mark.index) + ' ' + rest.slice(mark.index + mark.length);
      rest = rest.replace(COUNT_WORDS, ' ').trim();
      const value = parseNumber(rest, style);
      if (value === null) return err(`${JSON.stringify(text)} is not a quantity`);
      const per = marks.map(perOfMark).find((p) => p !== null) ?? null;
      return ok({ quantity: value, per });
    }
    default:
      return err(`${JSON.stringify(cellText(cell))} is not a quantity`);
  }
}
