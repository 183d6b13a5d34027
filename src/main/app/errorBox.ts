import type { BaseWindow, Dialog } from 'electron';

/** Tells the user something they asked for failed: a sheet on `parent` when there is one, else a box of its own. */
export function showError(dialog: Pick<Dialog, 'showMessageBox'>, parent: BaseWindow | undefined, message: string): void {
  const options = { type: 'error' as const, message, buttons: ['OK'] };
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
