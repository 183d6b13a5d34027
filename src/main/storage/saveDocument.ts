import type { Plan } from '#shared/model';
import type { Result } from '#shared/result';
import type { PlanDocumentEvent, PlanDocumentState } from './documentState';
import type { FileIdentity } from './fileIdentity';
import { savePlan, type SavePlanError, type SavePlanOptions } from './savePlan';

/**
 * A save's outcome and the event to apply to the document's current state (edits may have come in
 * while it ran). A failed save has no event, so the document stays unsaved.
 */
export interface DocumentSave {
  readonly result: Result<FileIdentity, SavePlanError>;
  readonly event: PlanDocumentEvent | null;
}

/**
 * Saves the document's plan to `path`. Saving to its own file checks the file has not changed on
 * disk; another path is a Save As the user already confirmed, so it is not checked.
 */
export async function saveDocument(state: PlanDocumentState, plan: Plan, path: string, options: SavePlanOptions = {}): Promise<DocumentSave> {
  const expected = path === state.path ? state.identity : null;
  const revision = state.revision;
  const result = await savePlan(path, plan, expected, options);
  return { result, event: result.ok ? { type: 'saved', path, identity: result.value, revision } : null };
}
