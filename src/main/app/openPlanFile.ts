import type { Workspace } from '../document/workspace';
import type { Windows } from './windows';

/** What opening a file from outside a window needs: the workspace, the windows, and a way to tell the user it failed. */
export interface PlanFileOpener {
  readonly workspace: Pick<Workspace, 'open'>;
  readonly windows: Pick<Windows, 'present'>;
  /** Shows why a file was not opened; the message names the file and the reason. */
  readonly refuse: (message: string) => void;
}

/**
 * Opens a plan file the OS, a second launch or Open Recent asked for (or, with no path, the one
 * picked in the Open dialog, for File > Open with no window). No window asked, so the workspace
 * gets no `from` and main picks the window: one holding an untouched new plan, or a new one.
 * Never rejects: every failure reaches the user through `refuse`.
 */
export async function openPlanFile(opener: PlanFileOpener, path?: string): Promise<void> {
  try {
    const opened = await opener.workspace.open(path, undefined);
    if (!opened.ok) return opener.refuse(opened.error.message);
    // 'elsewhere': the file was open already and its window has come forward; 'cancelled': the dialog was closed.
    if (opened.value.status === 'opened') await opener.windows.present(opened.value.documentId, opened.value.file);
  } catch (error) {
    opener.refuse(`Could not open ${path === undefined ? 'the file' : `"${path}"`}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
