import type { Range } from '../../shared/model/numbers';
import { err, ok, type Result } from '../../shared/result';

/**
 * What a user typed into a grid cell, before any field rules: a number, a range, or nothing.
 * `percent` is true when a `%` was written; `currency` is the mark written with the number
 * (`$`, `€`, `£`, or an upper-case code such as `USD`), absent when none was.
 */
export type Entry =
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean; readonly currency?: string }
  | { readonly kind: 'range'; readonly low: number; readonly base?: number; readonly high: number; readonly percent: boolean; readonly currency?: string }
  | { readonly kind: 'empty' };

/** What a grid column holds; the model stores percentages as points (12 for 12%). */
export type Unit = 'money' | 'percent' | 'count' | 'months';

/** The rules of one input column, as the model's schema states them. */
export interface FieldSpec {
  readonly unit: Unit;
  readonly allowRange: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Counts that must be whole (workflowsPerYear); months are always whole. */
  readonly whole?: boolean;
  /** Empty text clears the field (durationMonths: to the end of the horizon) instead of being refused. */
  readonly optional?: boolean;
  /** ISO code of the column's money; a number written in another currency is refused, not converted. */
  readonly currency?: string;
}

/** Suffixes scale by a power of ten: `k` thousands, `m`/`mm` millions, `b`/`bn` billions. */
const SUFFIX_POWER: Readonly<Record<string, number>> = { k: 3, m: 6, mm: 6, b: 9, bn: 9 };

const CURRENCY = String.raw`[$€£]|[A-Za-z]{3}(?![A-Za-z])`;

/**
 * One value at a position (sticky): currency `(` sign currency sign digits suffix % currency `)`,
 * every part optional but the digits (a currency outside the brackets is Excel's `$(500)`).
 * Commas must group thousands in threes, so `9,50` is refused rather than read as 950. A space
 * is not a thousands separator: en-US Excel reads `9 500` as text.
 */
const VALUE = new RegExp(
  String.raw` ?(${CURRENCY})? ?(\()? ?([-+−])? ?(${CURRENCY})? ?([-+−])? ?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)` +
    String.raw` ?(?:(mm|m|bn|b|k)(?![A-Za-z]))? ?(%)? ?(${CURRENCY})? ?(\))? ?`,
  'iy',
);

/** Between range values: an en or em dash, a hyphen (a minus only where a value starts), or `to`. */
const SEPARATOR = / ?(?:[–—-]|to(?![A-Za-z]))/iy;

/** Excel's accounting format shows zero as a dash and copies it that way: ` $ -   `. */
const ACCOUNTING_ZERO = /^(?:([$€£]) ?)?-$/;

const HINT = 'type 9500, 9.5k, $9,500, 1.2m, 12% or (500)';

/**
 * The text trimmed, with one space for any run of white space: the patterns then allow a single
 * space between parts, which keeps their backtracking linear on a pasted run of blanks.
 */
function clean(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The text as it appears in a message, cut short so a pasted paragraph does not fill the cell. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/**
 * `whole.fraction × 10^power` as decimal text without an exponent. Scaling the digits, not a
 * double, makes `1.005k` the same number as typing 1005 (1.005 × 1000 is 1004.9999999999999).
 */
function shifted(whole: string, fraction: string, power: number): string {
  const digits = whole + fraction;
  const point = whole.length + power;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits.padEnd(point, '0');
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

interface Scanned {
  readonly value: number;
  readonly percent: boolean;
  readonly currency: string | undefined;
}

/** The value matched at `VALUE.lastIndex`, or the reason it is not one. */
function readValue(match: RegExpExecArray, quoted: string): Result<Scanned, string> {
  const [, outside, open, sign1, before, sign2, digits = '', suffix, percent, after, close] = match;
  if (Boolean(open) !== Boolean(close) || (sign1 && sign2) || (open && (sign1 || sign2))) return err(`${quoted} is not a number: ${HINT}`);
  const marks = [outside, before, after].filter((m) => m !== undefined);
  if (marks.length > 1) return err(`${quoted} writes the currency twice`);
  const currency = marks[0]?.toUpperCase();
  const [whole = '', fraction = ''] = digits.replaceAll(',', '').split('.');
  const magnitude = Number(shifted(whole, fraction, SUFFIX_POWER[suffix?.toLowerCase() ?? ''] ?? 0));
  if (!Number.isFinite(magnitude)) return err(`${quoted} is too large a number`);
  const negative = Boolean(open) || [sign1, sign2].some((s) => s === '-' || s === '−');
  // 0 rather than -0: "-0" typed is zero, and -0 would print and compare oddly downstream.
  return ok({ value: negative && magnitude !== 0 ? -magnitude : magnitude, percent: Boolean(percent), currency });
}

/** Why `text` could not be read, naming the two slips en-US users from elsewhere make most. */
function refusal(text: string, quoted: string): string {
  if (/\d,\d/.test(text) && !/\d,\d{3}(?!\d)/.test(text)) return `${quoted} is not a number: commas group thousands (9,500) and a point marks decimals (9.50)`;
  if (/\d \d/.test(text)) return `${quoted} is not a number: write 9500 or 9,500, without spaces`;
  return `${quoted} is not a number: ${HINT}`;
}

/**
 * Reads a cell entry: `9.5k`, `$9,500`, `USD 9,500`, `9,500 €`, `1.2m`, `2bn`, `12%`, `(500)`,
 * `-500`, `$ -` (zero, as Excel's accounting format copies it), and ranges of two or three
 * values: `8.5k–14k`, `8.5k-14k`, `8.5k to 14k`, `8.5k–10k–14k` (low–base–high). A two-value
 * range has no base: {@link rangeFrom} chooses it. Anything else is refused with a reason a
 * reader of the sheet understands; a range must run low to high.
 */
export function parseEntry(text: string): Result<Entry, string> {
  const trimmed = clean(text);
  if (trimmed === '') return ok({ kind: 'empty' });
  const zero = ACCOUNTING_ZERO.exec(trimmed);
  if (zero) return ok({ kind: 'number', value: 0, percent: false, ...(zero[1] ? { currency: zero[1] } : {}) });
  const quoted = quote(trimmed);
  const read = (at: number): Result<Scanned & { end: number }, string> => {
    VALUE.lastIndex = at;
    const match = VALUE.exec(trimmed);
    if (!match) return err(refusal(trimmed, quoted));
    const value = readValue(match, quoted);
    return value.ok ? ok({ ...value.value, end: VALUE.lastIndex }) : value;
  };
  const first = read(0);
  if (!first.ok) return first;
  const values: Scanned[] = [first.value];
  for (let at = first.value.end; at < trimmed.length; ) {
    SEPARATOR.lastIndex = at;
    if (!SEPARATOR.test(trimmed)) return err(refusal(trimmed, quoted));
    const next = read(SEPARATOR.lastIndex);
    if (!next.ok) return next;
    values.push(next.value);
    if (values.length > 3) return err(`${quoted} has more than three values: type low–high or low–base–high`);
    at = next.value.end;
  }
  const currencies = new Set(values.flatMap((v) => (v.currency ? [v.currency] : [])));
  if (currencies.size > 1) return err(`${quoted} mixes currencies`);
  const percent = values.some((v) => v.percent);
  const currency = [...currencies][0];
  if (currency && percent) return err(`${quoted} is both an amount of money and a percentage`);
  const mark = currency ? { currency } : {};
  const low = first.value.value;
  const [, second, third] = values.map((v) => v.value);
  if (second === undefined) return ok({ kind: 'number', value: low, percent, ...mark });
  const high = third ?? second;
  const base = third === undefined ? undefined : second;
  if (base !== undefined && low > base) return err(`${quoted}: the low (${formatNumber(low)}) is above the base (${formatNumber(base)})`);
  if (base !== undefined && base > high) return err(`${quoted}: the base (${formatNumber(base)}) is above the high (${formatNumber(high)})`);
  if (low > high) return err(`${quoted}: the low (${formatNumber(low)}) is above the high (${formatNumber(high)})`);
  return ok({ kind: 'range', low, ...(base === undefined ? {} : { base }), high, percent, ...mark });
}

/**
 * The full range for a typed one: its own base if it has one; else the cell's current base when
 * it lies inside (narrowing a range keeps the figure the totals use); else the midpoint.
 */
export function rangeFrom(parsed: { readonly low: number; readonly base?: number; readonly high: number }, currentBase?: number): Range {
  const { low, high } = parsed;
  if (parsed.base !== undefined) return { low, base: parsed.base, high };
  if (currentBase !== undefined && currentBase >= low && currentBase <= high) return { low, base: currentBase, high };
  return { low, base: (low + high) / 2, high };
}

const UNIT_NAME: Readonly<Record<Unit, string>> = { money: 'an amount of money', percent: 'a percentage', count: 'a count', months: 'a number of months' };

/** Why `entry` does not fit the field's unit and currency, or null when it fits. */
function unitMismatch(entry: Exclude<Entry, { kind: 'empty' }>, field: FieldSpec, quoted: string): string | null {
  if (entry.percent && field.unit !== 'percent') return `${quoted} is a percentage; this field is ${UNIT_NAME[field.unit]}`;
  if (!entry.currency) return null;
  if (field.unit !== 'money') return `${quoted} is an amount of money; this field is ${UNIT_NAME[field.unit]}`;
  if (field.currency && entry.currency !== field.currency && entry.currency !== narrowSymbol(field.currency)) {
    return `${quoted} is not in ${field.currency}, the currency of this field`;
  }
  return null;
}

/** The symbol en-US writes for a currency (`$` for USD, CAD, AUD; `€` for EUR); the code itself when it has none. */
function narrowSymbol(code: string): string {
  const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? code;
}

/**
 * Reads a cell entry for one field: percentages in points (`12%` and `12` are both 12, `0.5` is
 * half a percent, as in an Excel cell formatted as a percentage); money refuses `%` and other
 * currencies; months, and counts marked whole, refuse fractions; every value within min..max.
 * A two-value range takes its base from `current` (see {@link rangeFrom}); on a whole-number
 * field a midpoint base rounds half up. Empty text is null for an optional field, else refused.
 */
export function entryForField(text: string, field: FieldSpec, current?: number | Range): Result<number | Range | null, string> {
  const parsed = parseEntry(text);
  if (!parsed.ok) return parsed;
  const entry = parsed.value;
  if (entry.kind === 'empty') return field.optional ? ok(null) : err('this field needs a number');
  const quoted = quote(clean(text));
  const mismatch = unitMismatch(entry, field, quoted);
  if (mismatch) return err(mismatch);
  if (entry.kind === 'range' && !field.allowRange) return err(`${quoted} is a range; this field takes one number`);
  const whole = field.unit === 'months' || field.whole === true;
  // The typed values, not a chosen midpoint: a typed base of 2.5 months is refused, a midpoint of 2.5 rounds.
  const all = entry.kind === 'range' ? [entry.low, ...(entry.base === undefined ? [] : [entry.base]), entry.high] : [entry.value];
  if (whole && !all.every(Number.isInteger)) return err(`${quoted}: this field takes whole numbers only`);
  const { min, max } = field;
  if (min !== undefined && all.some((v) => v < min)) return err(`${quoted}: the least this field takes is ${formatEntry(min, field.unit)}`);
  if (max !== undefined && all.some((v) => v > max)) return err(`${quoted}: the most this field takes is ${formatEntry(max, field.unit)}`);
  if (entry.kind === 'number') return ok(entry.value);
  const range = rangeFrom(entry, typeof current === 'object' ? current.base : current);
  return ok(whole ? { ...range, base: Math.round(range.base) } : range);
}

/** `n` with en-US thousands commas and the shortest decimals that read back as the same double. */
function formatNumber(n: number): string {
  const [mantissa = '', exponent] = String(Math.abs(n)).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const plain = exponent === undefined ? mantissa : shifted(whole, fraction, Number(exponent));
  const [int = '', decimals] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${decimals === undefined ? '' : `.${decimals}`}`;
}

/**
 * A value as the grid shows it and copy writes it: `9,500`, `-500`, `12%`, ranges as
 * `8,500–11,250–14,000` with en dashes. The base is always written, so a copied range pastes
 * with the same base wherever it lands. No currency mark: the column header names it, and Excel
 * reads the bare number as a number. `parseEntry` reads every output back to the same values.
 */
export function formatEntry(value: number | Range, unit: Unit): string {
  const one = (n: number): string => `${formatNumber(n)}${unit === 'percent' ? '%' : ''}`;
  return typeof value === 'number' ? one(value) : [value.low, value.base, value.high].map(one).join('–');
}
