import type { FileIdentity } from './fileIdentity';

/**
 * Where a document's content stands against its file. Edits bump `revision`; a save records the
 * revision it wrote, so an edit made while a save was running still counts as unsaved.
 */
export interface PlanDocumentState {
  /** The file it was opened from or last saved to; null for a new plan. */
  readonly path: string | null;
  /** The file's identity then; the next save checks the disk against it. */
  readonly identity: FileIdentity | null;
  readonly revision: number;
  readonly savedRevision: number;
}

/** What can happen to a document. A failed save is not an event: nothing about the document changes. */
export type PlanDocumentEvent =
  | { readonly type: 'opened'; readonly path: string; readonly identity: FileIdentity }
  | { readonly type: 'edited' }
  | { readonly type: 'saved'; readonly path: string; readonly identity: FileIdentity; readonly revision: number };

/** A new, never-saved plan with nothing to lose yet. */
export function newDocumentState(): PlanDocumentState {
  return { path: null, identity: null, revision: 0, savedRevision: 0 };
}

/** The state after `event`. */
export function reduceDocument(state: PlanDocumentState, event: PlanDocumentEvent): PlanDocumentState {
  switch (event.type) {
    case 'opened':
      return { path: event.path, identity: event.identity, revision: 0, savedRevision: 0 };
    case 'edited':
      return { ...state, revision: state.revision + 1 };
    case 'saved':
      return { ...state, path: event.path, identity: event.identity, savedRevision: Math.max(state.savedRevision, event.revision) };
  }
}

/** True when the document holds edits its file does not. */
export function isUnsaved(state: PlanDocumentState): boolean {
  return state.revision !== state.savedRevision;
}
