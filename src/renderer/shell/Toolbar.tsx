import type { JSX } from 'react';
import { useDocument } from '../store/documentStore';
import { newPlan, openFile, save, saveAs } from '../store/fileCommands';

/** The file commands as buttons (the native menu has them too), with the file name and its unsaved mark. */
export function Toolbar(): JSX.Element {
  const file = useDocument((state) => state.file);
  const busy = useDocument((state) => state.busy);
  return (
    <header className="toolbar">
      <div className="file-name">
        {/* The window's heading: the plan's file, as the title bar names it. */}
        <h1 title={file.path ?? 'Not saved yet'}>{file.name}</h1>
        {file.unsaved ? (
          <span className="unsaved-mark" role="status" aria-label="Unsaved changes" title="Unsaved changes">
            •
          </span>
        ) : null}
      </div>
      {/* Busy, not disabled, while a command runs: a disabled button would drop the keyboard focus to the page; fileCommands ignores a second command while one runs. */}
      <nav className="file-commands" aria-label="File commands">
        <button type="button" onClick={() => void newPlan()} aria-disabled={busy || undefined}>
          New
        </button>
        <button type="button" onClick={() => void openFile()} aria-disabled={busy || undefined}>
          Open…
        </button>
        <button type="button" onClick={() => void save()} aria-disabled={busy || undefined}>
          Save
        </button>
        <button type="button" onClick={() => void saveAs()} aria-disabled={busy || undefined}>
          Save As…
        </button>
      </nav>
    </header>
  );
}
