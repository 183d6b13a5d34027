/** Month series lent for one item at a time: an item is computed into them, then copied out or summed and dropped. */
export interface ScratchSeries {
  /** A zeroed series of `length` doubles, valid until the next {@link ScratchSeries.release}. */
  readonly allocate: (length: number) => Float64Array;
  /**
   * Takes back every series lent since the last release, zeroing months [from, to) for their next
   * use: the caller's promise that no month outside that window was written (an item's active window).
   */
  release(from: number, to: number): void;
  /** Takes back every series lent since the last release, which the caller has zeroed again. */
  takeBack(): void;
}

/**
 * A small pool of reusable series. An item's series is only written inside its active window and
 * is either copied out (just that window) or added to its scenario's sums, so lending the same
 * few buffers saves allocating, zeroing and collecting a full-horizon series per item per case.
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
    release(from, to) {
      for (let k = 0; k < lent; k++) (pool[k] as Float64Array).fill(0, from, to);
      lent = 0;
    },
    takeBack() {
      lent = 0;
    },
  };
}
