import { err, ok, type Result } from '#shared/result';
import { findCurrencies, type CurrencyMark } from './currency';
import { parseNumber, styleExample, type NumberStyle } from './numberStyle';
import { findUnits, type UnitMeaning } from './pricingModel';

/** A price read from text: the amount, the currency written with it, and what its unit says about billing. */
export interface PriceText {
  readonly amount: number;
  readonly currency: CurrencyMark | null;
  readonly unit: UnitMeaning | null;
}

/** Words that price a row at nothing: the vendor includes it. */
const FREE = /^(?:free|included|incl\.?|no charge|n\/c|nil|complimentary|at no cost)$/i;

/** Words around a price that do not change it: tax notes and hedges. */
const QUALIFIERS = /\b(?:excl|excluding|ex|incl|including|plus|net|vat|gst|tax|taxes|approx|approximately|ca|circa|est|estimated)\b\.?|[+~≈*]/gi;

/** `k` thousands, `m` millions, as vendors write them. */
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9 };

const NUMBER = /^(\()?\s*([-−–]?)\s*(\d[\d.,'’\u00a0\u202f ]*?)\s*(k|m|mm|mn|bn|b|thousand|million|billion)?\.?\s*(\))?$/i;

/** The meaning of the unit phrases in a price: the first, with `T&M` giving way to the hour or day it is billed by. */
function unitOf(meanings: readonly UnitMeaning[]): Result<UnitMeaning | null, 'two units'> {
  const distinct = [...new Set(meanings)];
  if (distinct.length <= 1) return ok(distinct[0] ?? null);
  const specific = distinct.filter((m) => m !== 'timeAndMaterials');
  if (specific.length === 1 && (specific[0] === 'hourly' || specific[0] === 'daily')) return ok(specific[0]);
  return err('two units');
}

/** `text` with the given spans blanked out, so what is left is the number. */
function blank(text: string, spans: readonly { index: number; length: number }[]): string {
  let out = text;
  for (const { index, length } of spans) out = out.slice(0, index) + ' '.repeat(length) + out.slice(index + length);
  return out;
}

/**
 * A price written as text (`$9,500/mo`, `€2.5k per day`, `12,000 USD`, `1.2m`, `(500)`) in the
 * file's number style; null for an empty text. Anything else is refused with the reason, as a
 * message about the text: `"call us" is not a price`.
 */
export function parsePriceText(text: string, style: NumberStyle): Result<PriceText | null, string> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(null);
  const quoted = JSON.stringify(trimmed);
  if (FREE.test(trimmed)) return ok({ amount: 0, currency: null, unit: null });
  if (!/\d/.test(trimmed)) return err(`${quoted} is not a price`);
  const currencies = findCurrencies(trimmed);
  if (new Set(currencies.map((c) => c.code)).size > 1) return err(`${quoted} names two currencies`);
  const units = findUnits(trimmed);
  const unit = unitOf(units.map((u) => u.meaning));
  if (!unit.ok) return err(`${quoted} names two units`);
  const rest = blank(trimmed, [...currencies, ...units]).replace(QUALIFIERS, ' ').trim();
  if (/\d\s*(?:[-–—]|\bto\b)\s*\d/.test(rest)) return err(`${quoted} is a range, not one price`);
  const match = NUMBER.exec(rest);
  if (!match) return err(`${quoted} is not a price`);
  const [, open, sign, digits = '', suffix, close] = match;
  if (Boolean(open) !== Boolean(close)) return err(`${quoted} is not a price`);
  const value = parseNumber(digits, style);
  if (value === null) return err(`${quoted} is not a price in this file, which writes numbers as ${styleExample(style)}`);
  const scaled = suffix ? Number((value * (MULTIPLIERS[suffix.toLowerCase()] ?? 1)).toPrecision(15)) : value;
  const negative = Boolean(open) || sign !== '';
  return ok({ amount: negative ? -scaled : scaled, currency: currencies[0] ?? null, unit: unit.value });
}
