import { err, type Result } from '#shared/result';

/** Why a zip archive was refused, before the file name is put in front; `reason` is one line for the user. */
export interface ZipProblem {
  readonly kind: 'corrupt-zip' | 'zip-bomb' | 'not-a-workbook';
  readonly reason: string;
}

/** A damaged archive: `detail` names what is wrong, in words, for whoever asks the sender again. */
export function corrupt(detail: string): Result<never, ZipProblem> {
  return err({ kind: 'corrupt-zip', reason: `is damaged: the zip archive is truncated or corrupt (${detail}); copy or download it again` });
}

/** ZIP64 is only for archives over 4 GB or 65,535 entries, which the limits refuse anyway; reading it would double the parser. */
export function zip64(): Result<never, ZipProblem> {
  return err({ kind: 'corrupt-zip', reason: 'is damaged or not a workbook: the zip archive uses ZIP64 records, which no workbook Leadsheet opens needs; save it again from Excel' });
}

/** An archive that expands beyond the limits, or beyond the sizes it declares. */
export function bomb(reason: string): Result<never, ZipProblem> {
  return err({ kind: 'zip-bomb', reason });
}

/**
 * An entry name fit for a one-line message: the name comes from the file, so control characters
 * (a newline would forge a second line of output) are dropped and a long name is cut.
 */
export function printableName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
