import { useEffect, type JSX } from 'react';
import { ChangedOnDiskPrompt } from './shell/ChangedOnDiskPrompt';
import { Notices } from './shell/Notices';
import { RecoveryBanner } from './shell/RecoveryBanner';
import { Toolbar } from './shell/Toolbar';
import { useShell } from './shell/useShell';
import { useDocument } from './store/documentStore';
import { boot } from './store/fileCommands';
import { CompareTable } from './views/CompareTable';

/** The document window: the file commands, then the plan compared side by side. */
export function App(): JSX.Element {
  useShell();
  useEffect(() => void boot(window.location.search), []);
  const { status, failure, plan, summary } = useDocument();
  return (
    <div className="app">
      <Toolbar />
      <RecoveryBanner />
      <main>
        {status === 'loading' ? <p aria-busy="true">Calculating the plan…</p> : null}
        {status === 'failed' ? <p role="alert">Leadsheet could not show the plan: {failure}</p> : null}
        {status === 'ready' && plan && summary ? (
          <>
            <h1>Compare</h1>
            <CompareTable summary={summary} currency={plan.settings.currency} />
          </>
        ) : null}
      </main>
      <Notices />
      <ChangedOnDiskPrompt />
    </div>
  );
}
