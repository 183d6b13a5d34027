import { useEffect, useState, type JSX } from 'react';
import { api } from '../api';
import { useDocument } from '../store/documentStore';
import './autosaveBanner.css';

/**
 * Main's word that the plan shown here has no recovery copy (autosave cannot write), kept until an
 * autosave or a save of it works again: one banner, its text replaced, never one per attempt.
 */
export function AutosaveBanner(): JSX.Element | null {
  const documentId = useDocument((state) => state.documentId);
  // By document: a window may hold a plan it no longer shows, and its report must not land on another.
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(
    () =>
      api().onDocumentAutosave((report) =>
        setProblems((current) => {
          const next = new Map(current);
          if (report.ok) next.delete(report.documentId);
          else next.set(report.documentId, report.message);
          return next;
        }),
      ),
    [],
  );
  const message = problems.get(documentId);
  if (message === undefined) return null;
  return (
    <div className="autosave-banner" role="alert">
      {message}
    </div>
  );
}
