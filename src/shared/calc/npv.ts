/** Discount factors 1 / (1 + r)^((m + 1)/12) for m = 0..H−1, r = discountRatePct/100: month-end cash flows. */
export function discountFactors(discountRatePct: number, horizon: number): Float64Array {
  const base = 1 + discountRatePct / 100;
  const factors = new Float64Array(horizon);
  for (let m = 0; m < horizon; m++) factors[m] = 1 / base ** ((m + 1) / 12);
  return factors;
}
