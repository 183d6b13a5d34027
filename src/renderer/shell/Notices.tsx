import type { JSX } from 'react';
import { dismiss, useDocument } from '../store/documentStore';

/** Errors (kept until dismissed, read out at once) and passing notes (read out politely). */
export function Notices(): JSX.Element {
  const notices = useDocument((state) => state.notices);
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
