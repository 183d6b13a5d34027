import { isBlank, type GridCell } from './grid';

/** What a row below the header is: a quote, or a row skipped for a reason the user is told. */
export type RowKind = 'quote' | 'blank' | 'total' | 'subtotal';

/** A leading word that labels a row as a sum of the rows above, in English and the usual European spreadsheets. */
const TOTAL_WORD = /^(?:(sub[\s-]?totals?|zwischensumme|sous[\s-]total)|grand[\s-]?totals?|totals?|sum|summe|gesamt(?:summe|betrag)?|total g[ée]n[ée]ral)(?![\p{L}])/iu;

/**
 * A total row is labelled in its first filled cell (`Total`, `Subtotal – phase 1`, `TOTAL (USD)`)
 * with at most three more words: so a service named `Total cost of ownership review`, or one
 * whose vendor is in the first column, stays a quote.
 */
function totalKind(cell: GridCell): 'total' | 'subtotal' | null {
  if (cell.kind !== 'text') return null;
  const text = cell.text.trim();
  const match = TOTAL_WORD.exec(text);
  if (!match) return null;
  const words = text
    .slice(match[0].length)
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length > 3) return null;
  return match[1] ? 'subtotal' : 'total';
}

/** Whether a row below the header is a quote, a blank row, or a total or subtotal row. */
export function classifyRow(cells: readonly GridCell[]): RowKind {
  const first = cells.find((cell) => !isBlank(cell));
  if (!first) return 'blank';
  return totalKind(first) ?? 'quote';
}

/** A skipped row (1-based sheet row number) and why. */
export interface SkippedRow {
  readonly row: number;
  readonly kind: Exclude<RowKind, 'quote'>;
}

const REASONS: Readonly<Record<SkippedRow['kind'], string>> = { blank: 'blank', total: 'a total row', subtotal: 'a subtotal row' };

/** Notices for skipped rows, one per run of neighbouring rows skipped for the same reason: `Pricing rows 14–16 skipped: blank`. */
export function skipNotices(sheet: string, skipped: readonly SkippedRow[]): string[] {
  const notices: string[] = [];
  let i = 0;
  while (i < skipped.length) {
    const start = skipped[i] as SkippedRow;
    let end = start;
    while (i + 1 < skipped.length && (skipped[i + 1] as SkippedRow).row === end.row + 1 && (skipped[i + 1] as SkippedRow).kind === start.kind) end = skipped[++i] as SkippedRow;
    const rows = end.row === start.row ? `row ${start.row}` : `rows ${start.row}–${end.row}`;
    notices.push(`${sheet} ${rows} skipped: ${REASONS[start.kind]}`);
    i++;
  }
  return notices;
}
