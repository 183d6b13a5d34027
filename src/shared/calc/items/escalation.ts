/** Distinct rates remembered at once; Monte Carlo draws a new rate per trial, so the memory is bounded. */
const MAX_RATES = 16;

/** Years tabled per rate (the horizon is at most 240 months; a start long before it adds years). */
const MAX_YEARS = 1_000;

// Parallel lists, searched linearly: a plan has a handful of rates, and comparing a few doubles is
// cheaper than hashing one for a Map.
const rates: number[] = [];
const tables: number[][] = [];

/**
 * `rate ** y` for y = 0..min(years, MAX_YEARS) (at least), computed once per rate and then looked
 * up: a power costs tens of nanoseconds, and every escalating item needs one per year of the
 * horizon. The values are the very doubles `rate ** y` gives, so results are the same as
 * computing each power in place. Callers compute a power the table does not hold.
 */
export function escalationPowers(rate: number, years: number): readonly number[] {
  let at = rates.indexOf(rate);
  if (at < 0) {
    // indexOf never finds NaN: a NaN rate gets a table of its own each time (NaN ** 0 is 1).
    if (rates.length >= MAX_RATES) rates.length = tables.length = 0;
    at = rates.push(rate) - 1;
    tables.push([]);
  }
  const table = tables[at] as number[];
  for (let y = table.length; y <= Math.min(years, MAX_YEARS); y++) table.push(rate ** y);
  return table;
}
