import { isMonthKey, monthKeyOf, type MonthKey } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { cellText, type GridCell } from './grid';

const MONTH_NAMES: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // German and French names, accents removed, for the European files quotes also arrive as.
  januar: 1, februar: 2, marz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, okt: 10, oktober: 10, dez: 12, dezember: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

const MONTH_WORDS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Excel serials this importer reads as dates: 1927 to 2173, so a year such as 2027 or a price is never taken for one. */
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 100_000;

/** Days from 1970-01-01 to Excel's day 0 (1899-12-30, which absorbs Excel's phantom 29 February 1900). */
const EXCEL_EPOCH_DAYS = 25_569;

/** The month of an Excel date serial (days since 1899-12-30, in the 1900 date system). */
export function serialMonth(serial: number): MonthKey {
  const date = new Date((Math.floor(serial) - EXCEL_EPOCH_DAYS) * 86_400_000);
  return monthKeyOf(date.getUTCFullYear() * 12 + date.getUTCMonth());
}

function month(year: number, m: number): MonthKey | null {
  const key = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
  return isMonthKey(key) ? key : null;
}

function fullYear(text: string): number {
  const digits = text.replace("'", '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** A day-month-year or month-day-year date with digits only; the month is the one position it can be, or an error when both can. */
function numericDate(a: number, b: number, year: number, dayFirst: boolean, quoted: string): Result<MonthKey, string> {
  if (dayFirst || a > 12) return b >= 1 && b <= 12 && a <= 31 ? ok(month(year, b) as MonthKey) : err(`${quoted} is not a month`);
  if (b > 12 || a === b) return a >= 1 && a <= 12 && b <= 31 ? ok(month(year, a) as MonthKey) : err(`${quoted} is not a month`);
  return err(`${quoted} could be ${MONTH_WORDS[a]} or ${MONTH_WORDS[b]}; write ${month(year, a)} or ${month(year, b)}`);
}

/** A month written with a month name: `Mar 2027`, `March 2027`, `15 Mar 2027`, `March 15, 2027`, `Mar-27`. */
function namedMonth(text: string): MonthKey | null {
  const tokens = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .split(/[\s.,/-]+/)
    .filter(Boolean);
  if (tokens.length < 2 || tokens.length > 3) return null;
  const nameAt = tokens.findIndex((t) => MONTH_NAMES[t] !== undefined);
  if (nameAt < 0) return null;
  const others = tokens.filter((_, i) => i !== nameAt);
  const year = others.at(-1) ?? '';
  if (!/^'?\d{2}$|^\d{4}$/.test(year)) return null;
  if (others.length === 2 && !/^\d{1,2}$/.test(others[0] ?? '')) return null;
  return month(fullYear(year), MONTH_NAMES[tokens[nameAt] as string] as number);
}

/** A month written in digits or words; the caller has trimmed it and knows it is not blank. */
function monthOfText(text: string): Result<MonthKey | null, string> {
  const quoted = JSON.stringify(text);
  if (/^[-–—]$|^n\/?a$/i.test(text)) return ok(null);
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T ].*)?)?$/.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), quoted);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return fromParts(Number(m[2]), Number(m[1]), quoted);
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  // Dots separate day.month.year only in day-first countries; slashes and dashes may be either way round.
  if (m) return numericDate(Number(m[1]), Number(m[3]), fullYear(m[4] ?? ''), m[2] === '.', quoted);
  m = /^(?:q([1-4])\s*[-/]?\s*(\d{4})|(\d{4})\s*[-/]?\s*q([1-4]))$/i.exec(text);
  if (m) return fromParts(Number(m[2] ?? m[3]), (Number(m[1] ?? m[4]) - 1) * 3 + 1, quoted);
  m = /^(\d{5})$/.exec(text);
  if (m) return monthOfSerial(Number(m[1]), quoted);
  if (/^\d{4}$/.test(text)) return err(`${quoted} is a year, not a month`);
  const named = namedMonth(text);
  return named ? ok(named) : err(`${quoted} is not a month`);
}

function fromParts(year: number, m: number, quoted: string): Result<MonthKey, string> {
  const key = month(year, m);
  return key ? ok(key) : err(`${quoted} is not a month`);
}

function monthOfSerial(serial: number, quoted: string): Result<MonthKey, string> {
  if (serial >= 1900 && serial <= 2200 && Number.isInteger(serial)) return err(`${quoted} is a year, not a month`);
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return err(`${quoted} is not a month`);
  return ok(serialMonth(serial));
}

/**
 * The month (`YYYY-MM`) a start cell names, or null when empty: a date cell; an Excel serial
 * (a date stored as a plain number); or text such as `2027-03`, `2027-03-15`, `03/2027`,
 * `15.03.2027`, `Mar 2027`, `March 2027`, `Q2 2027`. `03/04/2027` is refused: March or April?
 */
export function parseMonth(cell: GridCell): Result<MonthKey | null, string> {
  switch (cell.kind) {
    case 'empty':
      return ok(null);
    case 'date':
      return ok(cell.month);
    case 'number':
      return monthOfSerial(cell.value, JSON.stringify(String(cell.value)));
    case 'text': {
      const text = cell.text.trim();
      return text === '' ? ok(null) : monthOfText(text);
    }
    default:
      return err(`${JSON.stringify(cellText(cell))} is not a month`);
  }
}
