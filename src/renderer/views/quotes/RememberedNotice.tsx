import type { JSX } from 'react';
import { readQuotes, useQuotes, type ImportedQuotes } from './quoteStore';

/**
 * Says the columns were read as the user set them before for this vendor's sheets, with the way
 * back to the detected columns in one click (which also forgets the remembered mapping).
 */
export function RememberedNotice({ imported }: { readonly imported: ImportedQuotes }): JSX.Element | null {
  const reading = useQuotes((s) => s.reading);
  const { remembered } = imported;
  if (!remembered) return null;
  const several = imported.sheets.length > 1 && imported.sheet === undefined;
  const sheets = remembered.sheets.join(', ');
  return (
    <p className="quote-remembered" role="status" aria-label="Remembered columns">
      <span>
        Columns mapped as you set them for <strong>{remembered.vendor}</strong>
        {several ? ` (sheet ${sheets})` : ''}.
      </span>
      <button type="button" disabled={reading} onClick={() => void readQuotes({ path: imported.path, ...(imported.sheet === undefined ? {} : { sheet: imported.sheet }), forget: true })}>
        Use detected columns
      </button>
    </p>
  );
}
