/**
 * A seeded generator of uniform numbers in [0, 1): sfc32 seeded through splitmix32, integer
 * arithmetic only, so a seed gives the same sequence on every machine.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** The inverse CDF of the triangular(low, mode, high) distribution at u in [0, 1). */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const split = (mode - low) / width;
  return u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}
