import type { BaseWindow, Dialog } from 'electron';

/** What the user chose for a window closing with unsaved changes. */
export type CloseChoice = 'save' | 'discard' | 'cancel';

const CHOICES: readonly CloseChoice[] = ['save', 'discard', 'cancel'];

/**
 * Asks whether to save `name` before its window closes, as a sheet on the window. Synchronous on
 * purpose: Electron lets the page unload only if `preventDefault` is called inside the
 * will-prevent-unload handler itself. Closing the box (Esc) counts as Cancel.
 */
export function askToSaveChanges(dialog: Pick<Dialog, 'showMessageBoxSync'>, window: BaseWindow, name: string): CloseChoice {
  const answer = dialog.showMessageBoxSync(window, {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to "${name}"?`,
    detail: "Your changes will be lost if you don't save them.",
  });
  return CHOICES[answer] ?? 'cancel';
}
