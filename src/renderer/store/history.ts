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

/** The plan shown, changed at once: the inverse patches, or the model's reason for refusing. */
function applyHere(patches: readonly PlanPatch[]): Result<{ documentId: string; inverse: readonly PlanPatch[] }, string> {
  const { plan, documentId } = useDocument.getState();
  if (!plan) return err('no plan is open');
  const applied = applyPatches(plan, patches);
  if (!applied.ok) return err(applied.error);
  useDocument.setState((state) => ({ plan: applied.value.plan, file: { ...state.file, unsaved: true } }));
  return ok({ documentId, inverse: applied.value.inverse });
}

/** The same patches to the document in main, in turn after those sent before; main's new results come back. */
async function applyInMain(documentId: string, patches: readonly PlanPatch[]): Promise<Result<void, string>> {
  const sent = queue.then(() => api().documentApply({ documentId, patches: [...patches] }));
  queue = sent.catch(() => undefined);
  const answer = await sent;
  if (!answer.ok) {
    // Main refused what the same model here accepted: show main's plan, which is the one that counts.
    const truth = await api().documentPlan({ documentId });
    if (truth.ok && useDocument.getState().documentId === documentId) useDocument.setState({ plan: truth.value });
    return err(answer.error.message);
  }
  if (useDocument.getState().documentId === documentId) useDocument.setState({ summary: answer.value });
  return ok(undefined);
}

/**
 * Makes a change the user can undo: an edit, a paste, a fill, rows added, moved or deleted. The
 * step is on the history as soon as the plan shown has changed, before main answers, so an undo
 * pressed at once undoes this change and not the one before it.
 */
export async function change(patches: readonly PlanPatch[], label: string): Promise<Result<void, string>> {
  if (patches.length === 0) return ok(undefined);
  const here = applyHere(patches);
  if (!here.ok) return here;
  const step: Step = { label, redo: patches, undo: here.value.inverse };
  useHistory.setState((state) => ({ past: [...state.past, step].slice(-MAX_STEPS), future: [] }));
  const done = await applyInMain(here.value.documentId, patches);
  if (!done.ok) useHistory.setState((state) => ({ past: state.past.filter((s) => s !== step) }));
  return done;
}

/**
 * Moves the newest step of one list to the other, applying its patches: undo moves from the past
 * to the future, redo back. The moved step keeps the inverse of what was just applied.
 */
async function replay(from: 'past' | 'future', to: 'past' | 'future'): Promise<void> {
  const step = useHistory.getState()[from].at(-1);
  if (!step) return;
  const patches = from === 'past' ? step.undo : step.redo;
  const here = applyHere(patches);
  if (!here.ok) return;
  const moved: Step = from === 'past' ? { ...step, redo: here.value.inverse } : { ...step, undo: here.value.inverse };
  useHistory.setState((state) => ({ ...state, [from]: state[from].slice(0, -1), [to]: [...state[to], moved] }));
  const done = await applyInMain(here.value.documentId, patches);
  if (!done.ok) useHistory.setState((state) => ({ ...state, [to]: state[to].filter((s) => s !== moved) }));
}

export function undo(): Promise<void> {
  return replay('past', 'future');
}

export function redo(): Promise<void> {
  return replay('future', 'past');
}
