import type { SettingsChanges } from '../../../shared/document/patch';
import { MONTH_KEY, type NumberOrRange, type Settings } from '../../../shared/model';
import { err, ok, type Result } from '../../../shared/result';
import { entryForField, formatEntry, type FieldSpec } from '../../grid/entry';

/** The settings typed as numbers (or ranges) in a text box. */
export type NumberSetting = 'horizonMonths' | 'discountRatePct' | 'hoursSavedPerWorkflowPerMonth' | 'loadedHourlyCost' | 'companyValuation';

/** A number setting's label, its entry rules (the model's bounds) and its help in cost-model.md's words. */
export interface NumberSettingSpec {
  readonly key: NumberSetting;
  readonly label: string;
  readonly help: string;
  readonly spec: (settings: Settings) => FieldSpec;
  /** What the box says after the number: `months`, `%`, `USD`. */
  readonly suffix: (settings: Settings) => string;
}

export const NUMBER_SETTINGS: Readonly<Record<NumberSetting, NumberSettingSpec>> = {
  horizonMonths: {
    key: 'horizonMonths',
    label: 'Horizon',
    help: 'How many months the plan covers, from the start month: 1 to 240. Costs after the horizon are cut off.',
    spec: () => ({ unit: 'months', allowRange: false, min: 1, max: 240 }),
    suffix: () => 'months',
  },
  discountRatePct: {
    key: 'discountRatePct',
    label: 'Discount rate',
    help: 'The annual rate at which NPV discounts each month’s cost back to the start of the plan. A range (6%–10%) is drawn in Monte Carlo.',
    spec: () => ({ unit: 'percent', allowRange: true, min: -99, max: 1000 }),
    suffix: () => '% a year',
  },
  hoursSavedPerWorkflowPerMonth: {
    key: 'hoursSavedPerWorkflowPerMonth',
    label: 'Hours saved per workflow',
    help: 'Value side: the staff hours each shipped workflow saves in every month after it ships. A scenario may override it.',
    spec: () => ({ unit: 'count', allowRange: true, min: 0 }),
    suffix: () => 'hours a month',
  },
  loadedHourlyCost: {
    key: 'loadedHourlyCost',
    label: 'Loaded hourly cost',
    help: 'Value side: what an hour of staff time costs, salary and overheads. A shipped workflow earns hours saved × this, every month.',
    spec: (s) => ({ unit: 'money', allowRange: true, min: 0, currency: s.currency }),
    suffix: (s) => `${s.currency} an hour`,
  },
  companyValuation: {
    key: 'companyValuation',
    label: 'Company valuation',
    help: 'Prices equity grants: equityPct/100 × valuation, expensed over 48 months (non-cash). Leave empty and equity is not priced.',
    spec: (s) => ({ unit: 'money', allowRange: true, min: 0, currency: s.currency, optional: true }),
    suffix: (s) => s.currency,
  },
};

/** A number setting as its box shows it: `8%`, `20–40–80`, `60`, empty for no valuation. */
export function settingText(settings: Settings, key: NumberSetting): string {
  const value = settings[key] as NumberOrRange | undefined;
  if (value === undefined) return '';
  return formatEntry(value, NUMBER_SETTINGS[key].spec(settings).unit);
}

/** The change a typed number setting makes, or the reason it is refused; null when it leaves the setting as it is. */
export function numberSettingChange(settings: Settings, key: NumberSetting, text: string): Result<SettingsChanges | null, string> {
  const current = settings[key] as NumberOrRange | undefined;
  const read = entryForField(text, NUMBER_SETTINGS[key].spec(settings), current);
  if (!read.ok) return read;
  const value = read.value;
  if (JSON.stringify(value ?? null) === JSON.stringify(current ?? null)) return ok(null);
  if (value === null) return ok({ [key]: null } as SettingsChanges);
  return ok({ [key]: value } as SettingsChanges);
}

/** Currencies most plans meet, offered first; any other ISO 4217 code may be typed. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'NZD', 'SGD', 'HKD', 'INR', 'ILS', 'ZAR', 'BRL', 'MXN', 'PLN', 'AED'] as const;

/** The ISO 4217 codes this runtime knows, or null where it cannot list them. */
function knownCurrencies(): ReadonlySet<string> | null {
  const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return list ? new Set(list('currency')) : null;
}

/** A typed currency code, upper-cased, or why it is not one: `eur` is EUR, `EURO` and `XQZ` are refused. */
export function currencyCode(text: string): Result<string, string> {
  const code = text.trim().toUpperCase();
  if (code === '') return err('type a three-letter currency code such as USD');
  if (!/^[A-Z]{3}$/.test(code)) return err(`"${text.trim()}" is not a currency code: type three letters such as USD, EUR or GBP`);
  const known = knownCurrencies();
  if (known && !known.has(code)) return err(`${code} is not an ISO 4217 currency code`);
  return ok(code);
}

/** The start month typed in a month box (`YYYY-MM`), or why not. */
export function startMonthChange(settings: Settings, text: string): Result<SettingsChanges | null, string> {
  if (!MONTH_KEY.test(text)) return err('type a month such as 2027-01');
  return ok(text === settings.startMonth ? null : { startMonth: text });
}

/** One exchange rate row: its code and rate as typed. */
export interface FxRow {
  readonly currency: string;
  readonly rate: string;
}

/** The exchange rates as rows, by code. */
export function fxRows(settings: Settings): FxRow[] {
  return Object.entries(settings.fxRates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, rate]) => ({ currency, rate: formatEntry(rate, 'count') }));
}

/**
 * The exchange rates with one row set: `previous` is the code the row had (null for a new row), so
 * renaming a row's code moves its rate. Refused, with the reason, for a bad code, a code already
 * listed or the plan's own currency, or a rate that is not a number above 0.
 */
export function fxRatesWith(settings: Settings, previous: string | null, row: FxRow): Result<Record<string, number>, string> {
  const code = currencyCode(row.currency);
  if (!code.ok) return code;
  if (code.value === settings.currency) return err(`${code.value} is the plan currency: it needs no exchange rate`);
  if (code.value !== previous && settings.fxRates[code.value] !== undefined) return err(`${code.value} already has a rate`);
  const rate = entryForField(row.rate, { unit: 'count', allowRange: false, min: 0 });
  if (!rate.ok) return rate;
  if (typeof rate.value !== 'number' || rate.value <= 0) return err(`a rate must be above 0: how many ${settings.currency} one ${code.value} buys`);
  const rates: Record<string, number> = {};
  for (const [c, r] of Object.entries(settings.fxRates)) if (c !== previous) rates[c] = r;
  rates[code.value] = rate.value;
  return ok(rates);
}

/** The exchange rates without one currency. */
export function fxRatesWithout(settings: Settings, currency: string): Record<string, number> {
  return Object.fromEntries(Object.entries(settings.fxRates).filter(([c]) => c !== currency));
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
