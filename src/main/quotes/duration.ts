import { err, ok, type Result } from '#shared/result';
import { cellText, type GridCell } from './grid';
import { parseNumber, type NumberStyle } from './numberStyle';

/** The unit a bare number in a term column is in: months unless its header says otherwise. */
export type TermUnit = 'month' | 'year' | 'week' | 'day';

/** Months per unit; weeks and days as a year's share, since a term in weeks seldom fills whole months. */
const MONTHS_PER: Readonly<Record<TermUnit, number>> = { month: 1, year: 12, week: 12 / 52, day: 12 / 365 };

const UNIT_WORDS: readonly [TermUnit, RegExp][] = [
  ['month', /^(?:months?|mos?|mths?|m|monate?|mois|meses)$/i],
  ['year', /^(?:years?|yrs?|y|jahre?|ans?|años?)$/i],
  ['week', /^(?:weeks?|wks?|w|wochen?|semaines?)$/i],
  ['day', /^(?:days?|d|tage?|jours?|días?)$/i],
];

/** Terms with no fixed length: read as no term rather than refused. */
const OPEN_ENDED = /^(?:[-–—]|none|no minimum|n\/a|ongoing|rolling|monthly rolling|rolling monthly|open[\s-]?ended|indefinite|evergreen|month[\s-]to[\s-]month|until cancelled|flexible)$/i;

/** The unit a term column's header names, `Term (years)` or `Duration, weeks`; months when it names none. */
export function termUnitOfHeader(header: string): TermUnit {
  for (const word of header.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const [unit, re] of UNIT_WORDS) if (word.length > 1 && re.test(word)) return unit;
  }
  return 'month';
}

function unitOfWord(word: string): TermUnit | null {
  return UNIT_WORDS.find(([, re]) => re.test(word))?.[0] ?? null;
}

/** Months, kept whole when whole and otherwise to two decimals: a term, not a running total. */
function months(value: number, unit: TermUnit): number {
  const m = value * MONTHS_PER[unit];
  return Number.isInteger(m) ? m : Math.round(m * 100) / 100;
}

/**
 * A term or minimum term in months, or null when empty or open-ended: a number in the header's
 * unit, or text such as `12 months`, `1 year`, `6 mo`, `18m`, `6 weeks`. A range is refused.
 */
export function parseMonths(cell: GridCell, style: NumberStyle, unit: TermUnit = 'month'): Result<number | null, string> {
  switch (cell.kind) {
    case 'empty':
      return ok(null);
    case 'number':
      return ok(months(cell.value, unit));
    case 'text': {
      const text = cell.text.trim();
      if (text === '' || OPEN_ENDED.test(text)) return ok(null);
      const quoted = JSON.stringify(text);
      if (/\d\s*(?:[-–—]|\bto\b)\s*\d/.test(text)) return err(`${quoted} is a range, not one term`);
      const match = /^(\d[\d.,]*)\s*-?\s*(\p{L}+)?\.?$/u.exec(text);
      const value = match ? parseNumber(match[1] ?? '', style) : null;
      const written = match?.[2] === undefined ? unit : unitOfWord(match[2]);
      if (value === null || written === null) return err(`${quoted} is not a term in months or years`);
      return ok(months(value, written));
    }
    default:
      return err(`${JSON.stringify(cellText(cell))} is not a term in months or years`);
  }
}
