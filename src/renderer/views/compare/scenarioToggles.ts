/** Lines drawn at first on the cumulative chart: each one costs a timeline from main, so a large plan starts with the first few. */
export const MAX_LINES_AT_FIRST = 6;

/** Whether the scenario at `index` is drawn before the user picks. */
export function shownByDefault(index: number): boolean {
  return index < MAX_LINES_AT_FIRST;
}
