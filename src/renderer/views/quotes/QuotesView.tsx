import { useCallback, useEffect, useMemo, useState, type DragEvent, type JSX } from 'react';
import { api } from '../../api';
import { notify, useDocument } from '../../store/documentStore';
import { change } from '../../store/history';
import { isSpreadsheet } from '../../store/workbookCommands';
import { MappingEditor } from './MappingEditor';
import { describeCell, QuoteGrid, type FocusedQuoteCell } from './QuoteGrid';
import { quoteRows } from './quoteRows';
import { readQuotes, selectQuotes, useQuotes, type ImportedQuotes } from './quoteStore';
import { RememberedNotice } from './RememberedNotice';
import { quoteAddition } from './quoteToItem';
import './quotes.css';

/** Vendor quotes: import a messy sheet, check and correct how its columns were read, and add quotes to a scenario as line items. */
export function QuotesView(): JSX.Element {
  const imported = useQuotes((s) => s.imported);
  const failure = useQuotes((s) => s.failure);
  const reading = useQuotes((s) => s.reading);
  const [dropping, setDropping] = useState(false);

  const onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.stopPropagation();
    setDropping(true);
  };
  const onDrop = (event: DragEvent): void => {
    // The window opens plan files dropped anywhere; a quote sheet dropped here is read as quotes instead.
    event.preventDefault();
    event.stopPropagation();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    const path = api().pathForFile(file);
    if (!path || !isSpreadsheet(path)) return notify('error', `"${file.name}" is not a quote sheet: drop an .xlsx or .csv file`);
    void readQuotes({ path });
  };

  return (
    <section className={`quotes-view${dropping ? ' is-dropping' : ''}`} aria-label="Vendor quotes" onDragOver={onDragOver} onDragLeave={() => setDropping(false)} onDrop={onDrop}>
      <header className="quotes-head">
        <button type="button" className="primary" onClick={() => void readQuotes()} disabled={reading}>
          Import quotes…
        </button>
        {imported ? <FileLine imported={imported} /> : <span className="quote-help">or drop a vendor’s .xlsx or .csv here</span>}
      </header>
      {failure ? (
        <p role="alert" className="quote-failure">
          {failure}
        </p>
      ) : null}
      {imported ? <ImportedQuotesPanel imported={imported} /> : <EmptyState />}
    </section>
  );
}

function EmptyState(): JSX.Element {
  return (
    <div className="quotes-empty">
      <p>
        <strong>No quotes read yet.</strong> Import a vendor’s rate card or quote sheet (.xlsx or .csv), or drop it here.
      </p>
      <p className="quote-help">Leadsheet finds the header under any titles, reads prices written as text ($9,500/mo, €2.5k per day), and keeps every row: a cell it cannot read is marked with the reason, never dropped.</p>
    </div>
  );
}

/** The file read, and which of its sheets. */
function FileLine({ imported }: { readonly imported: ImportedQuotes }): JSX.Element {
  const reading = useQuotes((s) => s.reading);
  const count = imported.quotes.length;
  return (
    <div className="quote-file" aria-label="Quote file">
      <span className="quote-file-name" title={imported.path}>
        {imported.name}
      </span>
      {imported.sheets.length > 1 ? (
        <span className="quote-inline">
          <label htmlFor="quote-file-sheet">Sheet</label>
          <select id="quote-file-sheet" value={imported.sheet ?? ''} disabled={reading} onChange={(e) => void readQuotes({ path: imported.path, ...(e.target.value ? { sheet: e.target.value } : {}) })}>
            <option value="">All sheets</option>
            {imported.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </span>
      ) : (
        <span>
          sheet <span className="quote-sheet-name">{imported.sheets[0] ?? imported.sheet ?? '—'}</span>
        </span>
      )}
      <span className="quote-count">
        {count} quote{count === 1 ? '' : 's'} read, numbers written {imported.numberStyle === 'dot' ? '1,234.50' : '1.234,50'}
      </span>
    </div>
  );
}

function ImportedQuotesPanel({ imported }: { readonly imported: ImportedQuotes }): JSX.Element {
  const plan = useDocument((s) => s.plan);
  const selected = useQuotes((s) => s.selected);
  const [focused, setFocused] = useState<FocusedQuoteCell | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ rowId: string; column: string; at: number } | null>(null);
  const settings = plan?.settings;
  const rows = useMemo(() => (settings ? quoteRows(imported.quotes, imported.mapping, settings) : []), [imported, settings]);
  const readSheets = useMemo(() => (imported.sheet ? [imported.sheet] : imported.sheets.length > 0 ? imported.sheets : ['']), [imported]);
  const [mappingSheet, setMappingSheet] = useState(readSheets[0] ?? '');
  useEffect(() => setMappingSheet(readSheets[0] ?? ''), [readSheets]);
  const errors = rows.flatMap((row) =>
    Object.entries(row.errors).flatMap(([column, list]) => (list ?? []).map((e) => ({ row, column: column === 'row' ? 'source' : column, ...e }))),
  );
  const onFocusCell = useCallback((cell: FocusedQuoteCell | null) => setFocused(cell), []);
  const onSelect = useCallback((ids: string[]) => selectQuotes(ids), []);
  return (
    <>
      <RememberedNotice imported={imported} />
      {readSheets.length > 1 ? (
        <span className="quote-inline">
          <label htmlFor="quote-mapping-sheet">Show the columns of</label>
          <select id="quote-mapping-sheet" value={mappingSheet} onChange={(e) => setMappingSheet(e.target.value)}>
            {readSheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <MappingEditor imported={imported} sheet={mappingSheet} several={readSheets.length > 1} />
      {imported.notices.length > 0 ? (
        <ul className="quote-notices" aria-label="Notices">
          {imported.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <QuoteGrid rows={rows} selected={selected} onSelect={onSelect} onFocusCell={onFocusCell} focusRequest={focusRequest} />
      <p className="quote-status" role="status" aria-live="polite" aria-label="Cell">
        {focused ? describeCell(focused, imported.mapping) : 'Select a cell to see where in the vendor’s sheet it came from.'}
      </p>
      {errors.length > 0 ? (
        <section className="quote-errors" aria-labelledby="quote-errors-title">
          <h3 id="quote-errors-title">
            {errors.length} cell{errors.length === 1 ? '' : 's'} could not be read
          </h3>
          <ul>
            {errors.map((e) => (
              <li key={`${e.row.id} ${e.cell}`}>
                <button type="button" className="link" onClick={() => setFocusRequest({ rowId: e.row.id, column: e.column, at: Date.now() })}>
                  {e.cell}
                </button>
                : {e.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <AddToScenario imported={imported} />
    </>
  );
}

/** Adds the ticked quotes to a scenario as line items: one change, one undo. */
function AddToScenario({ imported }: { readonly imported: ImportedQuotes }): JSX.Element | null {
  const plan = useDocument((s) => s.plan);
  const selected = useQuotes((s) => s.selected);
  const [scenarioId, setScenarioId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!plan) return null;
  const scenario = plan.scenarios.find((s) => s.id === scenarioId) ?? plan.scenarios[0];
  const quotes = imported.quotes.filter((q) => selected.includes(q.id));
  const n = quotes.length;
  const add = async (): Promise<void> => {
    if (!scenario) return;
    const addition = quoteAddition(plan, scenario.id, quotes, imported.mapping);
    if (!addition.ok) return setProblem(addition.error);
    setBusy(true);
    const done = await change(addition.value.patches, n === 1 ? 'Add quote' : 'Add quotes');
    setBusy(false);
    if (!done.ok) return setProblem(done.error);
    setProblem(null);
    selectQuotes([]);
    notify('info', `Added ${n} quote${n === 1 ? '' : 's'} to ${scenario.name} as line items`);
  };
  return (
    <section className="quote-add" aria-label="Add to a scenario">
      <label className="quote-inline" htmlFor="quote-add-scenario">
        Scenario
      </label>
      <select id="quote-add-scenario" value={scenario?.id ?? ''} onChange={(e) => setScenarioId(e.target.value)}>
        {plan.scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="button" className="primary" disabled={n === 0 || busy || !scenario} onClick={() => void add()}>
        Add {n} quote{n === 1 ? '' : 's'} as line items
      </button>
      {n === 0 ? <span className="quote-help">Tick the quotes to add. A quote with a cell that could not be read cannot be added until the sheet is fixed.</span> : null}
      {problem ? (
        <span role="alert" className="field-error">
          {problem}
        </span>
      ) : null}
    </section>
  );
}
