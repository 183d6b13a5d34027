import type { JSX } from 'react';
import { useDocument } from '../store/documentStore';
import { discardRecovered, recover } from '../store/fileCommands';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Unsaved work a crash left behind, offered back: Restore opens it, unsaved; Discard deletes it. */
export function RecoveryBanner(): JSX.Element | null {
  const offers = useDocument((state) => state.recoverable);
  if (offers.length === 0) return null;
  return (
    <section className="banner" aria-label="Recovered work">
      {offers.map((offer) => (
        <div key={offer.autosaveId} className="banner-row">
          <span>
            Leadsheet closed before <strong>{offer.name}</strong> was saved. Unsaved work from {when.format(new Date(offer.savedAt))} was kept.
          </span>
          <button type="button" onClick={() => void recover(offer.autosaveId)}>
            Restore
          </button>
          <button type="button" onClick={() => void discardRecovered(offer.autosaveId)}>
            Discard
          </button>
        </div>
      ))}
    </section>
  );
}
