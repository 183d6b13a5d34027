/** Month series lent for one item at a time: for results that are summed and then dropped. */
export interface ScratchSeries {
  /** A zeroed series of `length` doubles, valid until the next {@link ScratchSeries.release}. */
  readonly allocate: (length: number) => Float64Array;
  /** Takes back every series lent since the last release, zeroing them for their next use. */
  release(): void;
}

/**
 * A small pool of reusable series. The low and high cases need an item's series only to add it
 * to the scenario's sums, so lending the same few buffers saves allocating (and collecting) a
 * fresh series per item per case: the largest part of a full recalculation's memory otherwise.
 */
export function createScratchSeries(): ScratchSeries {
  const pool: Float64Array[] = [];
  let lent = 0;
  return {
    allocate(length) {
      let series = pool[lent];
      if (series === undefined || series.length !== length) {
        series = new Float64Array(length);
        pool[lent] = series;
      }
      lent++;
      return series;
    },
    release() {
      for (let k = 0; k < lent; k++) (pool[k] as Float64Array).fill(0);
      lent = 0;
    },
  };
}
