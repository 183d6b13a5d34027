import { useEffect } from 'react';
import { api } from '../api';
import { documentTitle, useDocument } from '../store/documentStore';
import { newPlan, openFile, save, saveAndClose, saveAs, show } from '../store/fileCommands';
import { redo, undo } from '../store/history';
import { importQuotes } from '../store/workbookCommands';
import { followJobProgress } from '../store/jobs';

/** Menu commands main sends this window; the edit commands are wired where the history lives. */
function useFileMenu(): void {
  useEffect(
    () =>
      api().onMenuCommand((command) => {
        switch (command.type) {
          case 'new':
            return void newPlan();
          case 'open':
            return void openFile();
          case 'save':
            return void save();
          case 'saveAs':
            return void saveAs();
          case 'saveAndClose':
            return void saveAndClose();
          case 'show':
            return void show(command.documentId);
          case 'undo':
            return void undo();
          case 'redo':
            return void redo();
          default:
            return undefined;
        }
      }),
    [],
  );
}

/** The title follows the file: its name, marked while unsaved (main shows it in the title bar). */
function useTitle(): void {
  const file = useDocument((state) => state.file);
  useEffect(() => {
    document.title = documentTitle(file);
  }, [file]);
}

/** Closing with unsaved changes is held up so main can ask Save, Don't Save or Cancel. */
function useUnsavedGuard(): void {
  const unsaved = useDocument((state) => state.file.unsaved);
  useEffect(() => {
    if (!unsaved) return undefined;
    const hold = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [unsaved]);
}

/** A plan file dropped anywhere on the window opens; the page itself never navigates to it. */
function useDropToOpen(): void {
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      const path = api().pathForFile(file);
      if (!path) return;
      // Spreadsheets that arrive are vendor quotes; a workbook exported from Leadsheet comes back through Import from Excel.
      void (/\.(csv|xlsx)$/i.test(path) ? importQuotes(path) : openFile(path));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

/** What makes the page a desktop document window: menu commands, title, close guard, drop to open, job progress. */
export function useShell(): void {
  useEffect(followJobProgress, []);
  useFileMenu();
  useTitle();
  useUnsavedGuard();
  useDropToOpen();
}
