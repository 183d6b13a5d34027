import { posix, win32 } from 'node:path';
import { PLAN_EXTENSION } from './dialogs';

/** The name a title and a message show for `path` (a plan never saved is Untitled). */
export function displayName(path: string | null, platform: NodeJS.Platform = process.platform): string {
  return path === null ? 'Untitled' : (platform === 'win32' ? win32 : posix).basename(path);
}

/** A path a plan may be saved to: the extension added when the name typed in the dialog has none. */
export function withPlanExtension(path: string, platform: NodeJS.Platform = process.platform): string {
  const name = (platform === 'win32' ? win32 : posix).basename(path);
  return name.includes('.') ? path : `${path}${PLAN_EXTENSION}`;
}

/** Files the app opens as plans; anything else (a workbook, a CSV) goes through Import instead. */
export function isPlanFileName(path: string): boolean {
  return /\.(leadsheet|json)$/i.test(path);
}
