/** A row's tick box as the grid holds it. */
export interface RowCheck {
  readonly id: string;
  /** Whether the row may be ticked at all (a quote that cannot be added may not). */
  readonly selectable: boolean;
  readonly checked: boolean;
}

/**
 * The ticks to change so that the grid shows `wanted`: a wanted row ticked, any other row
 * unticked. A row that may not be ticked is never ticked, and is unticked if it was (it became
 * unselectable when read again). Rows already right are left alone, so nothing redraws for them.
 */
export function checkChanges(rows: Iterable<RowCheck>, wanted: ReadonlySet<string>): { id: string; checked: boolean }[] {
  const changes: { id: string; checked: boolean }[] = [];
  for (const row of rows) {
    const checked = row.selectable && wanted.has(row.id);
    if (row.checked !== checked) changes.push({ id: row.id, checked });
  }
  return changes;
}

/** The ids ticked, in row order, as the caller hears of them: only rows that may be ticked. */
export function checkedIds(rows: Iterable<RowCheck>): string[] {
  const ids: string[] = [];
  for (const row of rows) if (row.selectable && row.checked) ids.push(row.id);
  return ids;
}
