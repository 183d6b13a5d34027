import { useEffect, useMemo, useState, type JSX } from 'react';
import { fieldColumns, mappingChanged, mapRequest, QUOTE_FIELD_LABELS, QUOTE_FIELDS, sheetColumns, type FieldColumns } from './quoteColumns';
import { readQuotes, type ImportedQuotes } from './quoteStore';

/** What a field's select says on hover: the column it is read from, and whether Leadsheet or the user chose it. */
function sourceTitle(letter: string, header: string | undefined, setByUser: boolean): string {
  if (!letter) return setByUser ? 'You set it to no column' : 'No column was detected';
  return `${setByUser ? 'As you set it' : 'Detected'}: column ${letter}${header ? ` “${header}”` : ''}`;
}

/**
 * The columns the sheet was read with (detected, or as the user set them before for these
 * headers), one select per quote field listing the sheet's columns by letter and header; Apply
 * reads the file again with the corrections, which main remembers for sheets with these headers.
 */
export function MappingEditor({ imported, sheet, several }: { readonly imported: ImportedQuotes; readonly sheet: string; readonly several: boolean }): JSX.Element {
  const detected = useMemo(() => fieldColumns(imported.mapping, sheet), [imported, sheet]);
  const columns = useMemo(() => sheetColumns(imported.quotes, imported.mapping, sheet), [imported, sheet]);
  const [edited, setEdited] = useState<FieldColumns>(detected);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setEdited(detected);
    setProblem(null);
  }, [detected]);
  const changed = mappingChanged(detected, edited);
  const rememberedFor = imported.remembered?.sheets.includes(sheet) ? imported.remembered.vendor : null;
  const apply = (): void => {
    const map = mapRequest(edited);
    if (!map.ok) return setProblem(map.error);
    setProblem(null);
    // The map names letters of this sheet, so with several sheets only this one is read again.
    void readQuotes({ path: imported.path, ...(several || imported.sheet ? { sheet } : {}), map: map.value });
  };
  return (
    <section className="quote-mapping" aria-labelledby="quote-mapping-title">
      <h3 id="quote-mapping-title">
        Columns read from <span className="quote-sheet-name">{sheet}</span>
      </h3>
      <p className="quote-help">
        {rememberedFor
          ? `These are the columns you set for ${rememberedFor}. To change one, choose the right column and press Apply: the rows are read again.`
          : 'Leadsheet matched each column by its header. If one is wrong, choose the right column and press Apply: the rows are read again, and sheets with the same headers are read this way next time.'}
      </p>
      <div className="quote-mapping-fields">
        {QUOTE_FIELDS.map((field) => {
          const id = `quote-map-${field}`;
          const value = edited[field];
          const header = columns.find((c) => c.letter === detected[field])?.header;
          return (
            <div key={field} className={`quote-mapping-field${value !== detected[field] ? ' is-changed' : ''}`}>
              <label htmlFor={id}>{QUOTE_FIELD_LABELS[field]}</label>
              <select id={id} value={value} onChange={(e) => setEdited({ ...edited, [field]: e.target.value })} title={sourceTitle(detected[field], header, rememberedFor !== null)}>
                <option value="">— not read —</option>
                {columns.map((c) => (
                  <option key={c.letter} value={c.letter}>
                    {c.letter}
                    {c.header ? ` · ${c.header}` : ''}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      <div className="quote-mapping-actions">
        <button type="button" onClick={apply} disabled={!changed}>
          Apply
        </button>
        <button type="button" onClick={() => setEdited(detected)} disabled={!changed}>
          Reset
        </button>
        {several ? <span className="quote-help">Applying reads only the sheet {sheet} again.</span> : null}
        {problem ? (
          <span role="alert" className="field-error">
            {problem}
          </span>
        ) : null}
      </div>
    </section>
  );
}
