import { Suspense, useEffect, useState, type JSX } from 'react';
import { ChangedOnDiskPrompt } from './shell/ChangedOnDiskPrompt';
import { JobProgress } from './shell/JobProgress';
import { Notices } from './shell/Notices';
import { RecoveryBanner } from './shell/RecoveryBanner';
import { Toolbar } from './shell/Toolbar';
import { useShell } from './shell/useShell';
import { useDocument } from './store/documentStore';
import { boot } from './store/fileCommands';
import { useQuoteCommands } from './views/quotes/useQuoteCommands';
import { VIEWS } from './views/views';

/** The document window: file commands, the views as tabs (Ctrl/Cmd+1…), progress and notices. */
export function App(): JSX.Element {
  useShell();
  useQuoteCommands();
  useEffect(() => void boot(window.location.search), []);
  const status = useDocument((state) => state.status);
  const failure = useDocument((state) => state.failure);
  const [viewId, setViewId] = useState(VIEWS[0]?.id ?? '');
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const view = VIEWS[Number(event.key) - 1];
      if (!view) return;
      event.preventDefault();
      setViewId(view.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const view = VIEWS.find((v) => v.id === viewId) ?? VIEWS[0];
  const Current = view?.component;
  return (
    <div className="app">
      <Toolbar />
      <RecoveryBanner />
      <nav className="tabs" role="tablist" aria-label="Views">
        {VIEWS.map((v, i) => (
          <button key={v.id} type="button" role="tab" id={`tab-${v.id}`} aria-selected={v.id === view?.id} aria-controls="view" title={`${v.label} (Ctrl+${i + 1})`} onClick={() => setViewId(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      <main id="view" role="tabpanel" aria-labelledby={view ? `tab-${view.id}` : undefined}>
        {status === 'loading' ? <p aria-busy="true">Calculating the plan…</p> : null}
        {status === 'failed' ? <p role="alert">Leadsheet could not show the plan: {failure}</p> : null}
        {status === 'ready' && Current ? (
          <Suspense fallback={<p aria-busy="true">Loading…</p>}>
            <Current />
          </Suspense>
        ) : null}
      </main>
      <JobProgress />
      <Notices />
      <ChangedOnDiskPrompt />
    </div>
  );
}
