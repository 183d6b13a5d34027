import type { FileProblem } from '../storage/fileErrors';

/** Why the recovery copy could not be written, in words for someone who never sees the data folder. */
const REASONS: Readonly<Record<FileProblem, string>> = {
  'disk-full': 'the disk is full',
  'read-only': 'the disk is read-only',
  permission: 'Leadsheet is not allowed to write to its data folder',
  'not-found': 'its data folder cannot be written to',
  'is-folder': 'its data folder cannot be written to',
  other: 'its data folder cannot be written to',
};

/**
 * What a window says while its plan has no recovery copy: the reason, that nothing is lost yet,
 * and what keeps the work safe meanwhile (saving, with the shortcut of the platform).
 */
export function autosaveProblemMessage(problem: FileProblem, platform: NodeJS.Platform): string {
  const shortcut = platform === 'darwin' ? '⌘S' : 'Ctrl+S';
  return `Leadsheet could not keep a recovery copy of this plan: ${REASONS[problem]}. Your plan is still open — save it (${shortcut}) to keep your changes.`;
}
