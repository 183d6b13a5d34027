/** Every ISO 4217 code the runtime knows: a three-letter word is a currency only if it is one of these. */
const ISO_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Codes also read in lower case; other lower-case three-letter words (`day`, `fee`) are words. */
const LOWER_CASE_CODES: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp', 'chf', 'jpy', 'cad', 'aud', 'nzd', 'sek', 'nok', 'dkk', 'pln', 'inr', 'cny', 'sgd', 'hkd']);

/** Currencies written with a dollar sign: a bare `$` reads as USD but agrees with any of these. */
const DOLLARS = ['USD', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'MXN', 'BRL', 'TWD', 'ARS', 'CLP', 'COP'];

/** Symbols and words, longest first so `US$` is not read as `$`. */
const SIGNS: readonly { sign: string; code: string; also?: readonly string[]; word?: boolean }[] = [
  { sign: 'US$', code: 'USD' },
  { sign: 'AU$', code: 'AUD' },
  { sign: 'CA$', code: 'CAD' },
  { sign: 'NZ$', code: 'NZD' },
  { sign: 'HK$', code: 'HKD' },
  { sign: 'SG$', code: 'SGD' },
  { sign: 'MX$', code: 'MXN' },
  { sign: 'A$', code: 'AUD' },
  { sign: 'C$', code: 'CAD' },
  { sign: 'S$', code: 'SGD' },
  { sign: 'R$', code: 'BRL' },
  { sign: '$', code: 'USD', also: DOLLARS },
  { sign: '€', code: 'EUR' },
  { sign: '£', code: 'GBP' },
  { sign: '¥', code: 'JPY', also: ['CNY'] },
  { sign: '₹', code: 'INR' },
  { sign: '₩', code: 'KRW' },
  { sign: '₪', code: 'ILS' },
  { sign: '₺', code: 'TRY' },
  { sign: 'zł', code: 'PLN' },
  { sign: 'Kč', code: 'CZK' },
  { sign: 'euros', code: 'EUR', word: true },
  { sign: 'euro', code: 'EUR', word: true },
  { sign: 'dollars', code: 'USD', also: DOLLARS, word: true },
  { sign: 'dollar', code: 'USD', also: DOLLARS, word: true },
  { sign: 'pounds', code: 'GBP', word: true },
  { sign: 'sterling', code: 'GBP', word: true },
  { sign: 'yen', code: 'JPY', word: true },
  { sign: 'francs', code: 'CHF', word: true },
];

/** A currency written in a text: its code, the codes it also agrees with, and where it was written. */
export interface CurrencyMark {
  readonly code: string;
  readonly also: readonly string[];
  readonly index: number;
  readonly length: number;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

const escape = (text: string): string => text.replace(/[$.*+?^()|[\]\\{}]/g, '\\$&');

/** Every sign, then any three letters (a code, if it is one), as one pattern: a text is scanned once and the longest sign wins. */
const ANY_SIGN = new RegExp(`${SIGNS.map((s) => escape(s.sign)).join('|')}|\\p{L}{3}`, 'giu');
const SIGN_BY_TEXT: ReadonlyMap<string, (typeof SIGNS)[number]> = new Map(SIGNS.map((s) => [s.sign.toLowerCase(), s]));

/** Every currency sign, word and ISO code in `text`, in order; signs do not overlap. */
export function findCurrencies(text: string): CurrencyMark[] {
  const marks: CurrencyMark[] = [];
  for (const match of text.matchAll(ANY_SIGN)) {
    const found = match[0];
    const index = match.index;
    const end = index + found.length;
    const sign = SIGN_BY_TEXT.get(found.toLowerCase());
    // A word must stand alone; a symbol may touch digits, but not follow letters (`US$` is read whole, never as `$`).
    const alone = !isLetter(text[index - 1]) && ((sign && !sign.word && !/\p{L}$/u.test(found)) || !isLetter(text[end]));
    if (!alone) continue;
    if (sign) {
      marks.push({ code: sign.code, also: sign.also ?? [], index, length: found.length });
      continue;
    }
    const code = found.toUpperCase();
    if ((found === code && ISO_CODES.has(code)) || LOWER_CASE_CODES.has(found)) marks.push({ code, also: [], index, length: 3 });
  }
  return marks;
}

/** True when a written currency agrees with `code` (`$` agrees with CAD, `€` does not). */
export function agrees(mark: CurrencyMark, code: string): boolean {
  return mark.code === code || mark.also.includes(code);
}

/** The ISO code a currency cell names (`USD`, `usd`, `€`, `Euro`), or null when it names none or several. */
export function currencyOfText(text: string): string | null {
  const trimmed = text.trim();
  if (ISO_CODES.has(trimmed.toUpperCase()) && /^[A-Za-z]{3}$/.test(trimmed)) return trimmed.toUpperCase();
  const marks = findCurrencies(trimmed);
  if (marks.length !== 1) return null;
  const [mark] = marks as [CurrencyMark];
  const rest = trimmed.slice(0, mark.index) + trimmed.slice(mark.index + mark.length);
  return /^[\s.()]*$/.test(rest) ? mark.code : null;
}

/**
 * The currency a number format shows: `[$€-407]`, `[$USD]`, `"$"#,##0`, `£#,##0`. Escaped and
 * quoted text are read; other letters in a format are codes (`d`, `m`, `y`), never currencies.
 */
export function currencyOfFormat(format: string): CurrencyMark | null {
  const parts: string[] = [];
  for (const match of format.matchAll(/\[\$([^\]-]*)(?:-[^\]]*)?\]|"([^"]*)"|\\(.)|([$€£¥₹₩₪₺])/g)) parts.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
  for (const part of parts) {
    const [mark] = findCurrencies(part);
    if (mark) return mark;
  }
  return null;
}
