import { useEffect } from 'react';
import { api } from '../../api';
import { exportWorkbook, importQuotes } from '../../store/workbookCommands';

/** The File menu's Import Quotes… (Ctrl/Cmd+I) and Export to Excel… (Ctrl/Cmd+E); call once in App. */
export function useQuoteCommands(): void {
  useEffect(
    () =>
      api().onMenuCommand((command) => {
        if (command.type === 'importQuotes') void importQuotes();
        else if (command.type === 'exportExcel') void exportWorkbook();
      }),
    [],
  );
}
