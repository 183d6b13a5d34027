import { useEffect, useId, useState, type JSX, type KeyboardEvent, type ReactNode } from 'react';
import type { SettingsChanges } from '../../../shared/document/patch';
import type { Settings } from '../../../shared/model';
import { err, type Result } from '../../../shared/result';
import { money } from '../../format';
import { useDocument } from '../../store/documentStore';
import { change } from '../../store/history';
import { exportWorkbook, importWorkbook } from '../../store/workbookCommands';
import {
  COMMON_CURRENCIES,
  currencyCode,
  fxRatesWith,
  fxRatesWithout,
  fxRows,
  MONTH_NAMES,
  NUMBER_SETTINGS,
  numberSettingChange,
  settingText,
  startMonthChange,
  type FxRow,
  type NumberSetting,
} from './settingsFields';
import './settings.css';

/** Saves settings as one undoable change; the model's refusal comes back as the reason. */
async function saveSettings(changes: SettingsChanges | null): Promise<Result<void, string>> {
  if (changes === null) return { ok: true, value: undefined };
  return change([{ op: 'setSettings', changes }], 'Change settings');
}

/** A labelled field with its help and, when refused, the reason at it. */
function Field({ id, label, help, error, children }: { readonly id: string; readonly label: string; readonly help: string; readonly error: string | null; readonly children: ReactNode }): JSX.Element {
  return (
    <div className={`setting${error ? ' is-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="setting-control">{children}</div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <p className="setting-help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}

/** What a field's input says about its help and its error, for screen readers. */
function described(id: string, error: string | null): { 'aria-describedby': string; 'aria-invalid': boolean } {
  return { 'aria-describedby': error ? `${id}-error ${id}-help` : `${id}-help`, 'aria-invalid': Boolean(error) };
}

/** A number setting typed as in the grid (`8%`, `6%–10%`, `1.2m`): saved on Enter or leaving the box; Escape puts it back. */
function NumberField({ settings, setting, after }: { readonly settings: Settings; readonly setting: NumberSetting; readonly after?: ReactNode }): JSX.Element {
  const spec = NUMBER_SETTINGS[setting];
  const id = useId();
  const shown = settingText(settings, setting);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(shown), [shown]);
  const commit = async (): Promise<void> => {
    const changes = numberSettingChange(settings, setting, text);
    if (!changes.ok) return setError(changes.error);
    const saved = await saveSettings(changes.value);
    setError(saved.ok ? null : saved.error);
    if (saved.ok) setText(settingText(useDocument.getState().plan?.settings ?? settings, setting));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') {
      setText(shown);
      setError(null);
    }
  };
  return (
    <Field id={id} label={spec.label} help={spec.help} error={error}>
      <input id={id} className="setting-number" type="text" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} onBlur={() => void commit()} onKeyDown={onKeyDown} {...described(id, error)} />
      <span className="setting-suffix">{spec.suffix(settings)}</span>
      {after}
    </Field>
  );
}

/** The plan currency: a common one from the list, or any ISO code typed under Other. */
function CurrencyField({ settings }: { readonly settings: Settings }): JSX.Element {
  const id = useId();
  const common = (COMMON_CURRENCIES as readonly string[]).includes(settings.currency);
  const [other, setOther] = useState(!common);
  const [text, setText] = useState(settings.currency);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(settings.currency), [settings.currency]);
  const commit = async (typed: string): Promise<void> => {
    const code = currencyCode(typed);
    if (!code.ok) return setError(code.error);
    const saved = await saveSettings(code.value === settings.currency ? null : { currency: code.value });
    setError(saved.ok ? null : saved.error);
  };
  return (
    <Field
      id={id}
      label="Currency"
      help="The ISO 4217 currency all results are in. Items without a currency of their own are in it; others convert with the exchange rates below. Changing it converts nothing."
      error={error}
    >
      <select
        id={id}
        value={other ? 'other' : settings.currency}
        onChange={(e) => {
          if (e.target.value === 'other') return setOther(true);
          setOther(false);
          void commit(e.target.value);
        }}
        {...described(id, error)}
      >
        {COMMON_CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        <option value="other">Other…</option>
      </select>
      {other ? (
        <input
          aria-label="Other currency code"
          className="setting-code"
          maxLength={3}
          value={text}
          onChange={(e) => setText(e.target.value.toUpperCase())}
          onBlur={() => void commit(text)}
          onKeyDown={(e) => e.key === 'Enter' && void commit(text)}
          {...described(id, error)}
        />
      ) : null}
    </Field>
  );
}

/** One exchange-rate row: code and rate, saved on Enter or leaving a box, removed with its button. */
function FxRateRow({ settings, row, onDone }: { readonly settings: Settings; readonly row: FxRow | null; readonly onDone?: () => void }): JSX.Element {
  const [currency, setCurrency] = useState(row?.currency ?? '');
  const [rate, setRate] = useState(row?.rate ?? '');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  useEffect(() => {
    setCurrency(row?.currency ?? '');
    setRate(row?.rate ?? '');
  }, [row?.currency, row?.rate]);
  const commit = async (): Promise<void> => {
    // A new row is saved once both its boxes are filled.
    if (row === null && (currency.trim() === '' || rate.trim() === '')) return;
    if (row && currency === row.currency && rate === row.rate) return setError(null);
    const rates = fxRatesWith(settings, row?.currency ?? null, { currency, rate });
    const saved = rates.ok ? await saveSettings({ fxRates: rates.value }) : err(rates.error);
    setError(saved.ok ? null : saved.error);
    if (saved.ok) onDone?.();
  };
  const remove = async (): Promise<void> => {
    if (!row) return onDone?.();
    const saved = await saveSettings({ fxRates: fxRatesWithout(settings, row.currency) });
    setError(saved.ok ? null : saved.error);
  };
  const name = row?.currency || 'new currency';
  const aria = { 'aria-invalid': Boolean(error), ...(error ? { 'aria-describedby': errorId } : {}) };
  const keys = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') void commit();
  };
  return (
    <>
      <tr className={error ? 'is-invalid' : undefined}>
        <td>
          <input aria-label={`Currency of the ${name} rate`} className="setting-code" maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value.toUpperCase())} onBlur={() => void commit()} onKeyDown={keys} {...aria} />
        </td>
        <td>
          <input aria-label={`${settings.currency} per 1 ${name}`} className="setting-number" inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} onBlur={() => void commit()} onKeyDown={keys} {...aria} />
        </td>
        <td>
          <button type="button" aria-label={`Remove the ${name} rate`} title="Remove this rate" onClick={() => void remove()}>
            Remove
          </button>
        </td>
      </tr>
      {error ? (
        <tr>
          <td colSpan={3} className="field-error" id={errorId} role="alert">
            {error}
          </td>
        </tr>
      ) : null}
    </>
  );
}

function FxRatesField({ settings }: { readonly settings: Settings }): JSX.Element {
  const [adding, setAdding] = useState(false);
  const rows = fxRows(settings);
  return (
    <div className="setting setting-wide">
      <span className="setting-label" id="fx-rates-label">
        Exchange rates
      </span>
      <div className="setting-control setting-stack">
        <table className="fx-rates" aria-labelledby="fx-rates-label">
          <thead>
            <tr>
              <th scope="col">Currency</th>
              <th scope="col">{settings.currency} per 1 unit</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <FxRateRow key={row.currency} settings={settings} row={row} />
            ))}
            {adding ? <FxRateRow settings={settings} row={null} onDone={() => setAdding(false)} /> : null}
            {rows.length === 0 && !adding ? (
              <tr>
                <td colSpan={3} className="setting-help">
                  No other currencies: every item is in {settings.currency}.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
        <button type="button" onClick={() => setAdding(true)} disabled={adding}>
          Add a currency
        </button>
      </div>
      <p className="setting-help">Units of plan currency per 1 unit of another currency, e.g. EUR 1.08. An item priced in a currency without a rate cannot be added.</p>
    </div>
  );
}

function StartMonthField({ settings }: { readonly settings: Settings }): JSX.Element {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(settings.startMonth);
  useEffect(() => setText(settings.startMonth), [settings.startMonth]);
  const commit = async (value: string): Promise<void> => {
    const changes = startMonthChange(settings, value);
    if (!changes.ok) return setError(changes.error);
    const saved = await saveSettings(changes.value);
    setError(saved.ok ? null : saved.error);
  };
  return (
    <Field id={id} label="Start month" help="The first month of the horizon. Items start counting from it (month 0)." error={error}>
      <input id={id} type="month" value={text} onChange={(e) => setText(e.target.value)} onBlur={() => void commit(text)} onKeyDown={(e) => e.key === 'Enter' && void commit(text)} {...described(id, error)} />
    </Field>
  );
}

function FiscalYearField({ settings }: { readonly settings: Settings }): JSX.Element {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <Field id={id} label="Fiscal year starts in" help="The month a fiscal year begins. A fiscal year is labelled FY + the calendar year of its last month; partial first and last years are shown as such." error={error}>
      <select
        id={id}
        value={settings.fiscalYearStartMonth}
        onChange={(e) => void saveSettings({ fiscalYearStartMonth: Number(e.target.value) }).then((saved) => setError(saved.ok ? null : saved.error))}
        {...described(id, error)}
      >
        {MONTH_NAMES.map((name, i) => (
          <option key={name} value={i + 1}>
            {name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Each scenario's NPV as main last computed it: what the discount rate moves. */
function NpvLine({ currency }: { readonly currency: string }): JSX.Element | null {
  const summary = useDocument((s) => s.summary);
  if (!summary) return null;
  return (
    <p className="setting-effect" aria-label="NPV at this rate">
      NPV:{' '}
      {summary.scenarios.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? ' · ' : ''}
          {s.name} <span className="setting-figure">{money(s.npv, currency)}</span>
        </span>
      ))}
    </p>
  );
}

/** The plan's settings as a form: each field checked as typed and saved as one undoable change, refusals shown at the field. */
export function SettingsView(): JSX.Element | null {
  const settings = useDocument((s) => s.plan?.settings);
  if (!settings) return null;
  return (
    <div className="settings-view">
      <section aria-labelledby="settings-money">
        <h2 id="settings-money">Money</h2>
        <CurrencyField settings={settings} />
        <FxRatesField settings={settings} />
        <NumberField settings={settings} setting="discountRatePct" after={<NpvLine currency={settings.currency} />} />
      </section>
      <section aria-labelledby="settings-time">
        <h2 id="settings-time">Time</h2>
        <StartMonthField settings={settings} />
        <NumberField settings={settings} setting="horizonMonths" />
        <FiscalYearField settings={settings} />
      </section>
      <section aria-labelledby="settings-value">
        <h2 id="settings-value">Value of shipped workflows</h2>
        <NumberField settings={settings} setting="hoursSavedPerWorkflowPerMonth" />
        <NumberField settings={settings} setting="loadedHourlyCost" />
        <NumberField settings={settings} setting="companyValuation" />
      </section>
      <section aria-labelledby="settings-excel">
        <h2 id="settings-excel">Excel</h2>
        <div className="setting setting-actions">
          <div className="setting-control">
            <button type="button" onClick={() => void exportWorkbook()}>
              Export to Excel…
            </button>
            <button type="button" onClick={() => void importWorkbook()}>
              Import from Excel…
            </button>
          </div>
          <p className="setting-help">Export writes the plan as a workbook of live formulas: change an assumption in Excel and it recalculates. Import opens a workbook Leadsheet exported, with what was edited in it, as a new plan.</p>
        </div>
      </section>
    </div>
  );
}
