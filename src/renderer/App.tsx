import { Suspense, useEffect, useState, type JSX, type KeyboardEvent } from 'react';
import { ChangedOnDiskPrompt } from './shell/ChangedOnDiskPrompt';
import { JobProgress } from './shell/JobProgress';
import { Notices } from './shell/Notices';
import { AutosaveBanner } from './shell/AutosaveBanner';
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
    const onKey = (event: globalThis.KeyboardEvent): void => {
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
  // The tabs are one stop on the Tab key; arrows, Home and End move between them, as the tabs pattern has it.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = VIEWS.findIndex((v) => v.id === view?.id);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = VIEWS[(next + VIEWS.length) % VIEWS.length];
    if (!target) return;
    setViewId(target.id);
    document.getElementById(`tab-${target.id}`)?.focus();
  };
  const Current = view?.component;
  return (
    <div className="app">
      <Toolbar />
      <AutosaveBanner />
      <RecoveryBanner />
      <nav aria-label="Views">
        <div className="tabs" role="tablist" aria-label="Views" onKeyDown={onTabKey}>
          {VIEWS.map((v, i) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              id={`tab-${v.id}`}
              aria-selected={v.id === view?.id}
              aria-controls="view"
              tabIndex={v.id === view?.id ? 0 : -1}
              title={`${v.label} (Ctrl+${i + 1})`}
              onClick={() => setViewId(v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
      </nav>
      <main>
        <div id="view" role="tabpanel" aria-labelledby={view ? `tab-${view.id}` : undefined}>
          {status === 'loading' ? <p aria-busy="true">Calculating the plan…</p> : null}
          {status === 'failed' ? <p role="alert">Leadsheet could not show the plan: {failure}</p> : null}
          {status === 'ready' && Current ? (
            <Suspense fallback={<p aria-busy="true">Loading…</p>}>
              <Current />
            </Suspense>
          ) : null}
        </div>
      </main>
      <JobProgress />
      <Notices />
      <ChangedOnDiskPrompt />
    </div>
  );
}
