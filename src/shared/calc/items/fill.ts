/**
 * Adds `amount × (1 + escalationPct/100)^floor((m − escalationFrom)/12)` to `out[m]` for
 * every month m in [from, to) that lies inside the horizon [0, out.length).
 */
export function addEscalated(
  out: Float64Array,
  from: number,
  to: number,
  amount: number,
  escalationPct: number,
  escalationFrom: number,
): void {
  const first = Math.max(0, from);
  const last = Math.min(out.length, to);
  if (first >= last || amount === 0) return;
  if (escalationPct === 0) {
    for (let m = first; m < last; m++) out[m] = (out[m] as number) + amount;
    return;
  }
  // One power per escalation year rather than per month: the factor is constant within a year.
  const rate = 1 + escalationPct / 100;
  let m = first;
  while (m < last) {
    const year = Math.floor((m - escalationFrom) / 12);
    const yearEnd = Math.min(last, escalationFrom + (year + 1) * 12);
    const escalated = amount * rate ** year;
    for (; m < yearEnd; m++) out[m] = (out[m] as number) + escalated;
  }
}

/** Adds `amount` to `out[m]` when m is inside the horizon. */
export function addAt(out: Float64Array, m: number, amount: number): void {
  if (m >= 0 && m < out.length) out[m] = (out[m] as number) + amount;
}

/** [from, to) clipped to the horizon [0, horizon), empty (from = to) when they do not meet. */
export function clipWindow(from: number, to: number, horizon: number): { activeFrom: number; activeTo: number } {
  const activeFrom = Math.min(Math.max(0, from), horizon);
  return { activeFrom, activeTo: Math.max(activeFrom, Math.min(horizon, to)) };
}
