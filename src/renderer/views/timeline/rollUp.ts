/** How many months a timeline column sums. */
export type Granularity = 'month' | 'quarter' | 'year';

/** One timeline column: the months it sums (a run of month indices) and where it sits under the headers. */
export interface Bucket {
  readonly id: string;
  readonly label: string;
  readonly first: number;
  readonly last: number;
  /** The fiscal year label it falls in (FY2027). */
  readonly fiscalYear: string;
  /** Its fiscal quarter (Q1 FY2027); for a year column, the year's own label. */
  readonly quarter: string;
}

export interface TimelineShape {
  readonly months: readonly string[];
  readonly fiscalYearOfMonth: readonly number[];
  readonly fiscalYears: readonly { readonly label: string }[];
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Mar 2027` for `2027-03`. */
export function monthLabel(key: string): string {
  const [year = '', month = '1'] = key.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

/** The fiscal quarter (1–4) of a calendar month, for a fiscal year starting in `fiscalYearStartMonth` (1–12). */
export function fiscalQuarter(key: string, fiscalYearStartMonth: number): number {
  const month = Number(key.slice(5, 7));
  return Math.floor((((month - fiscalYearStartMonth) % 12) + 12) % 12 / 3) + 1;
}

/**
 * The columns at a granularity: one per month, per fiscal quarter, or per fiscal year, each a run
 * of consecutive months. A partial first or last year (or quarter) holds only the months of the horizon.
 */
export function buckets(shape: TimelineShape, granularity: Granularity, fiscalYearStartMonth: number): Bucket[] {
  const out: Bucket[] = [];
  shape.months.forEach((key, m) => {
    const fiscalYear = shape.fiscalYears[shape.fiscalYearOfMonth[m] ?? 0]?.label ?? '';
    const quarter = `Q${fiscalQuarter(key, fiscalYearStartMonth)} ${fiscalYear}`;
    const id = granularity === 'month' ? `m:${m}` : granularity === 'quarter' ? `q:${quarter}` : `y:${fiscalYear}`;
    const previous = out.at(-1);
    if (previous && previous.id === id) {
      out[out.length - 1] = { ...previous, last: m };
      return;
    }
    const label = granularity === 'month' ? monthLabel(key) : granularity === 'quarter' ? quarter.slice(0, 2) : fiscalYear;
    out.push({ id, label, first: m, last: m, fiscalYear, quarter: granularity === 'year' ? fiscalYear : quarter });
  });
  return out;
}

/** Each bucket's sum of `values` (months outside the series count as 0). */
export function rollUp(values: readonly number[], columns: readonly Bucket[]): number[] {
  return columns.map((bucket) => {
    let sum = 0;
    for (let m = bucket.first; m <= bucket.last; m++) sum += values[m] ?? 0;
    return sum;
  });
}

/** A running total at the end of each bucket: the cumulative series' value in the bucket's last month. */
export function atBucketEnds(cumulative: readonly number[], columns: readonly Bucket[]): number[] {
  return columns.map((bucket) => cumulative[bucket.last] ?? 0);
}

/**
 * Amounts in plan currency shown in another: `rate` is units of plan currency per one unit of the
 * other (settings.fxRates), so they divide. The plan currency itself has rate 1.
 */
export function inCurrency(values: readonly number[], rate: number): number[] {
  return rate === 1 ? [...values] : values.map((v) => v / rate);
}
