import { useEffect, useLayoutEffect, useRef, useState, type JSX } from 'react';
import { createPortal } from 'react-dom';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { SheetColumn } from './sheetColumns';

/** What SheetGrid hands its editor: the column it edits and the text editing starts from. */
export interface SheetEditorParams {
  readonly sheet: SheetColumn<object>;
}

/** A key that types a character (type-to-edit), as opposed to Enter, F2, Backspace… */
function isPrintable(key: string | null): key is string {
  return key !== null && key.length === 1;
}

/**
 * The cell editor of every grid: a plain text field. Enter or Tab with an entry the column
 * refuses keeps the field open and says why right under it; Escape cancels as usual.
 */
export function SheetEditor(props: CustomCellEditorProps<object, unknown> & SheetEditorParams): JSX.Element {
  const { sheet, data, eventKey, onValueChange } = props;
  const [initial] = useState(() => (isPrintable(eventKey) ? eventKey : (sheet.editText ?? sheet.copyText ?? sheet.text ?? defaultText(sheet))(data)));
  const [text, setText] = useState(initial);
  const [reason, setReason] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => onValueChange(initial), [initial, onValueChange]);

  useLayoutEffect(() => {
    const field = input.current;
    if (!field) return undefined;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    // A native listener on the field runs before the grid's own (on the cell): a refused entry
    // stops Enter and Tab here, so the grid neither commits nor moves.
    const onKey = (event: KeyboardEvent): void => {
      if ((event.key !== 'Enter' && event.key !== 'Tab') || event.isComposing) return;
      const refusal = sheet.refuse?.(textRef.current, data) ?? null;
      if (refusal === null) return;
      event.preventDefault();
      event.stopPropagation();
      setReason(refusal);
    };
    field.addEventListener('keydown', onKey);
    return () => field.removeEventListener('keydown', onKey);
  }, [sheet, data]);

  return (
    <>
      <input
        ref={input}
        className="sheet-editor"
        value={text}
        aria-label={sheet.header}
        aria-invalid={reason !== null}
        aria-errormessage={reason !== null ? 'sheet-editor-refusal' : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setReason(null);
          onValueChange(event.target.value);
        }}
      />
      {reason !== null ? <EditorRefusal anchor={input.current} reason={reason} /> : null}
    </>
  );
}

function defaultText(sheet: SheetColumn<object>): (row: object) => string {
  return (row) => {
    const value = sheet.value(row);
    return value === null ? '' : String(value);
  };
}

/** The reason an entry is refused, drawn under the field (outside the cell, which clips). */
function EditorRefusal({ anchor, reason }: { anchor: HTMLElement | null; reason: string }): JSX.Element | null {
  const rect = anchor?.getBoundingClientRect();
  if (!rect) return null;
  return createPortal(
    <div id="sheet-editor-refusal" className="sheet-refusal" role="alert" style={{ left: rect.left, top: rect.bottom + 2 }}>
      {reason}
    </div>,
    document.body,
  );
}
