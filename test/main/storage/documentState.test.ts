import { describe, expect, it } from 'vitest';
import { isUnsaved, newDocumentState, reduceDocument, type PlanDocumentState } from '#main/storage/documentState';
import type { FileIdentity } from '#main/storage/fileIdentity';

const opened: FileIdentity = { size: 10, mtimeMs: 1, sha256: 'a'.repeat(64) };
const saved: FileIdentity = { size: 12, mtimeMs: 2, sha256: 'b'.repeat(64) };

function editedOnce(): PlanDocumentState {
  return reduceDocument(reduceDocument(newDocumentState(), { type: 'opened', path: '/p.leadsheet', identity: opened }), { type: 'edited' });
}

describe('a document state', () => {
  it('is saved when new or just opened, and unsaved after an edit', () => {
    expect(isUnsaved(newDocumentState())).toBe(false);
    expect(isUnsaved(editedOnce())).toBe(true);
  });

  it('becomes saved, with the new identity, when a save of its latest revision succeeds', () => {
    const state = editedOnce();
    const after = reduceDocument(state, { type: 'saved', path: '/p.leadsheet', identity: saved, revision: state.revision });
    expect(after).toMatchObject({ identity: saved });
    expect(isUnsaved(after)).toBe(false);
  });

  it('stays unsaved when an edit came in while the save was running', () => {
    const state = editedOnce();
    const revision = state.revision;
    const during = reduceDocument(state, { type: 'edited' });
    const after = reduceDocument(during, { type: 'saved', path: '/p.leadsheet', identity: saved, revision });
    expect(isUnsaved(after)).toBe(true);
    expect(after.identity).toBe(saved);
  });
});
