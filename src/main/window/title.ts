import { posix, win32 } from 'node:path';

/** What a window shows about its document: the title text, and macOS's own edited dot and proxy icon. */
export interface WindowTitle {
  /** `plan.leadsheet — Leadsheet`; on Windows and Linux prefixed `• ` while there are unsaved changes. */
  readonly title: string;
  /** For `setDocumentEdited` (macOS only): the dot in the close button replaces the `• ` there. */
  readonly documentEdited: boolean;
  /** For `setRepresentedFilename` (macOS only): the file's full path, or '' to clear the icon. */
  readonly representedFilename: string;
}

const APP_NAME = 'Leadsheet';

/** Control characters (a newline is legal in a Linux file name) would break the title bar onto lines. */
function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, '\uFFFD');
}

/** The title for a window holding `filePath` (null for a plan never saved), marked when `unsaved`. */
export function windowTitle(options: { filePath: string | null; unsaved: boolean; platform: NodeJS.Platform }): WindowTitle {
  const { filePath, unsaved, platform } = options;
  const name = filePath === null ? 'Untitled' : printable((platform === 'win32' ? win32 : posix).basename(filePath));
  const mark = unsaved && platform !== 'darwin' ? '• ' : '';
  return { title: `${mark}${name} — ${APP_NAME}`, documentEdited: unsaved, representedFilename: filePath ?? '' };
}
