import { monthKeyOf, monthOrdinal } from '../model';

/** One fiscal year of the horizon, labelled FY + the calendar year of its last month. */
export interface FiscalYear {
  readonly label: string;
  /** First and last month of the year that fall inside the horizon, `YYYY-MM`. */
  readonly first: string;
  readonly last: string;
  /** Months of the year inside the horizon; fewer than 12 when the horizon cuts it. */
  readonly months: number;
  readonly partial: boolean;
}

/** The fiscal years the horizon spans and, per month index, which of them it belongs to. */
export interface FiscalCalendar {
  readonly years: readonly FiscalYear[];
  readonly yearOfMonth: Uint16Array;
}

/** Calendar year of the last month of the fiscal year holding `ordinal` (months since year 0). */
function fiscalYearEnd(ordinal: number, fiscalYearStartMonth: number): number {
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  return fiscalYearStartMonth === 1 || month < fiscalYearStartMonth ? year : year + 1;
}

/** Splits the horizon into fiscal years starting in `fiscalYearStartMonth` (1–12). */
export function fiscalCalendar(startMonth: string, horizon: number, fiscalYearStartMonth: number): FiscalCalendar {
  const first = monthOrdinal(startMonth);
  const yearOfMonth = new Uint16Array(horizon);
  const years: FiscalYear[] = [];
  let current = Number.NaN;
  let from = 0;
  const close = (to: number): void => {
    if (to <= from) return;
    const months = to - from;
    years.push({
      label: `FY${current}`,
      first: monthKeyOf(first + from),
      last: monthKeyOf(first + to - 1),
      months,
      partial: months < 12,
    });
  };
  for (let m = 0; m < horizon; m++) {
    const fy = fiscalYearEnd(first + m, fiscalYearStartMonth);
    if (fy !== current) {
      close(m);
      current = fy;
      from = m;
    }
    yearOfMonth[m] = years.length;
  }
  close(horizon);
  return { years, yearOfMonth };
}

/** Totals of `monthly` per fiscal year of `calendar`. */
export function byFiscalYear(monthly: Float64Array, calendar: FiscalCalendar): number[] {
  const totals = new Array<number>(calendar.years.length).fill(0);
  for (let m = 0; m < monthly.length; m++) {
    const y = calendar.yearOfMonth[m] as number;
    totals[y] = (totals[y] as number) + (monthly[m] as number);
  }
  return totals;
}
