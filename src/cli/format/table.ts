/** A row of a text table: a label and one cell per column; a null row is a blank separator line. */
export type TableRow = readonly [label: string, ...cells: string[]] | null;

/** Lays out a table with the label column left-aligned and every value column right-aligned. */
export function renderTable(header: readonly string[], rows: readonly TableRow[]): string {
  const columns = header.length;
  const widths = header.map((h) => h.length);
  for (const row of rows) row?.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('   ')
      .trimEnd();
  const rule = widths.slice(0, columns).map((w) => '─'.repeat(w)).join('───');
  return [line(header), rule, ...rows.map((row) => (row ? line(row) : ''))].join('\n');
}
