import { isAbsolute, relative, resolve } from 'node:path';
import type { Dialogs } from '#main/document/dialogs';

/** A dialog the harness was asked to show, for tests to check what the app asked for. */
export interface AskedDialog {
  readonly kind: keyof Dialogs;
  readonly detail: string;
}

/**
 * The harness's file dialogs: no window to show one in, so each answers with the next name a test
 * queued (a path inside the harness folder), or as a cancel when none is queued. A name that
 * would leave the folder is refused, as the test tool must not write outside it.
 */
export interface QueuedDialogs extends Dialogs {
  queue(answers: readonly (string | null)[]): void;
  asked(): readonly AskedDialog[];
}

export function queuedDialogs(folder: string): QueuedDialogs {
  const root = resolve(folder);
  const answers: (string | null)[] = [];
  const asked: AskedDialog[] = [];
  const answer = async (kind: keyof Dialogs, detail: string): Promise<string | null> => {
    asked.push({ kind, detail });
    const next = answers.shift() ?? null;
    if (next === null) return null;
    const path = resolve(root, next);
    const inside = relative(root, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`the harness dialogs answer only inside ${root}, not ${next}`);
    return path;
  };
  return {
    openPlan: () => answer('openPlan', ''),
    savePlan: (suggestedName) => answer('savePlan', suggestedName),
    openSpreadsheet: (purpose) => answer('openSpreadsheet', purpose),
    saveWorkbook: (suggestedName) => answer('saveWorkbook', suggestedName),
    queue: (more) => void answers.push(...more),
    asked: () => asked.slice(),
  };
}
