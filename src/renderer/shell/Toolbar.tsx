import type { JSX } from 'react';
import { useDocument } from '../store/documentStore';
import { newPlan, openFile, save, saveAs } from '../store/fileCommands';

/** The file commands as buttons (the native menu has them too), with the file name and its unsaved mark. */
export function Toolbar(): JSX.Element {
  const file = useDocument((state) => state.file);
  const busy = useDocument((state) => state.busy);
  return (
    <header className="toolbar">
      <div className="file-name" aria-label="File">
        <span title={file.path ?? 'Not saved yet'}>{file.name}</span>
        {file.unsaved ? (
          <span className="unsaved-mark" role="status" aria-label="Unsaved changes" title="Unsaved changes">
            •
          </span>
        ) : null}
      </div>
      <nav className="file-commands" aria-label="File commands">
        <button type="button" onClick={() => void newPlan()} disabled={busy}>
          New
        </button>
        <button type="button" onClick={() => void openFile()} disabled={busy}>
          Open…
        </button>
        <button type="button" onClick={() => void save()} disabled={busy}>
          Save
        </button>
        <button type="button" onClick={() => void saveAs()} disabled={busy}>
          Save As…
        </button>
      </nav>
    </header>
  );
}
