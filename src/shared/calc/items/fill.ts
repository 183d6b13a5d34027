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
  const rate = 1 + escalationPct / 100;
  for (let m = first; m < last; m++) {
    out[m] = (out[m] as number) + amount * rate ** Math.floor((m - escalationFrom) / 12);
  }
}

/** Adds `amount` to `out[m]` when m is inside the horizon. */
export function addAt(out: Float64Array, m: number, amount: number): void {
  if (m >= 0 && m < out.length) out[m] = (out[m] as number) + amount;
}
