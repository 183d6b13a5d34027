import { create } from 'zustand';
import { applyPatches, type PlanPatch } from '../../shared/document/patch';
import { err, ok, type Result } from '../../shared/result';
import { api } from '../api';
import { useDocument } from './documentStore';

/** One change the user made, as the patches that redo and undo it, and a label for the Edit menu ("Undo Paste"). */
interface Step {
  readonly label: string;
  readonly redo: readonly PlanPatch[];
  readonly undo: readonly PlanPatch[];
}

/** The undo history of the document: kept here, in the store, so every grid and view shares one. */
export interface HistoryState {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
}

/** Enough to undo a long session; the oldest steps go first. */
const MAX_STEPS = 500;

export const useHistory = create<HistoryState>(() => ({ past: [], future: [] }));

/** Forgets the history: another document is shown. */
export function resetHistory(): void {
  useHistory.setState({ past: [], future: [] });
}

/** Calls to main go one after another, so main applies changes in the order the user made them. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies patches to the plan shown at once, then to the document in main, which answers the new
 * results. A change the model refuses is not applied and its reason comes back for the cell that
 * asked. Returns the patches that undo it.
 */
async function applyChange(patches: readonly PlanPatch[]): Promise<Result<readonly PlanPatch[], string>> {
  const { plan, documentId } = useDocument.getState();
  if (!plan) return err('no plan is open');
  const applied = applyPatches(plan, patches);
  if (!applied.ok) return err(applied.error);
  useDocument.setState((state) => ({ plan: applied.value.plan, file: { ...state.file, unsaved: true } }));
  const sent = queue.then(() => api().documentApply({ documentId, patches: [...patches] }));
  queue = sent.catch(() => undefined);
  const answer = await sent;
  if (!answer.ok) {
    // Main refused what the same model here accepted: show main's plan, which is the one that counts.
    const truth = await api().documentPlan({ documentId });
    if (truth.ok) useDocument.setState({ plan: truth.value });
    return err(answer.error.message);
  }
  if (useDocument.getState().documentId === documentId) useDocument.setState({ summary: answer.value });
  return ok(applied.value.inverse);
}

/** Makes a change the user can undo: an edit, a paste, a fill, rows added, moved or deleted. */
export async function change(patches: readonly PlanPatch[], label: string): Promise<Result<void, string>> {
  if (patches.length === 0) return ok(undefined);
  const done = await applyChange(patches);
  if (!done.ok) return done;
  useHistory.setState((state) => ({ past: [...state.past, { label, redo: patches, undo: done.value }].slice(-MAX_STEPS), future: [] }));
  return ok(undefined);
}

export async function undo(): Promise<void> {
  const step = useHistory.getState().past.at(-1);
  if (!step) return;
  useHistory.setState((state) => ({ past: state.past.slice(0, -1) }));
  const done = await applyChange(step.undo);
  if (done.ok) useHistory.setState((state) => ({ future: [...state.future, { ...step, redo: done.value }] }));
}

export async function redo(): Promise<void> {
  const step = useHistory.getState().future.at(-1);
  if (!step) return;
  useHistory.setState((state) => ({ future: state.future.slice(0, -1) }));
  const done = await applyChange(step.redo);
  if (done.ok) useHistory.setState((state) => ({ past: [...state.past, { ...step, undo: done.value }] }));
}
