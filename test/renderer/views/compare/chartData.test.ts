import { describe, expect, it } from 'vitest';
import { cumulativeRows, fiscalYearRows, seriesKey, tornadoLayout, type TornadoEntry } from '../../../../src/renderer/charts/chartData';
import { scenarioColor } from '../../../../src/renderer/charts/palette';

describe('cumulativeRows', () => {
  it('gives a row per month with each scenario’s cumulative cost, keyed by position', () => {
    const rows = cumulativeRows(['2027-01', '2027-02'], [
      { index: 0, cumulative: [10, 20], band: null },
      { index: 2, cumulative: [5, 15], band: null },
    ]);
    expect(rows).toEqual([
      { month: '2027-01', s0: 10, s2: 5 },
      { month: '2027-02', s0: 20, s2: 15 },
    ]);
  });

  it('adds the P10, P90 and the band’s width stacked on P10 where a Monte Carlo run lines up', () => {
    const rows = cumulativeRows(['2027-01', '2027-02'], [{ index: 1, cumulative: [10, 20], band: { p10: [8, 16], p90: [13, 27] } }]);
    expect(rows[1]).toEqual({ month: '2027-02', s1: 20, s1p10: 16, s1p90: 27, s1band: 11 });
    expect(Number(rows[1]![seriesKey(1, 'p10')]) + Number(rows[1]![seriesKey(1, 'band')])).toBe(27);
  });

  it('leaves out what is not loaded yet rather than drawing zeros', () => {
    expect(cumulativeRows(['2027-01'], [{ index: 0, cumulative: null, band: null }])).toEqual([{ month: '2027-01' }]);
  });
});

describe('fiscalYearRows', () => {
  it('gives a row per fiscal year with a bar value per scenario', () => {
    expect(fiscalYearRows(['FY2026 (1 mo)', 'FY2027'], [{ byFiscalYear: [30_000, 225_000] }, { byFiscalYear: [4_000] }])).toEqual([
      { year: 'FY2026 (1 mo)', s0: 30_000, s1: 4_000 },
      { year: 'FY2027', s0: 225_000, s1: 0 },
    ]);
  });
});

describe('tornadoLayout', () => {
  const entry = (input: string, totalAtLow: number, totalAtHigh: number): TornadoEntry => ({ input, low: 1, high: 2, totalAtLow, totalAtHigh, swing: Math.abs(totalAtHigh - totalAtLow) });

  it('puts the widest swing first and draws every bar from the base total', () => {
    const layout = tornadoLayout([entry('narrow', 95, 105), entry('wide', 50, 150), entry('reversed', 120, 90)], 100);
    expect(layout.bars.map((b) => b.entry.input)).toEqual(['wide', 'reversed', 'narrow']);
    for (const bar of layout.bars) {
      expect([bar.lowSpan[0], bar.lowSpan[1]]).toContain(layout.base);
      expect([bar.highSpan[0], bar.highSpan[1]]).toContain(layout.base);
      expect(bar.lowSpan[0]).toBeLessThanOrEqual(bar.lowSpan[1]);
      expect(bar.highSpan[0]).toBeLessThanOrEqual(bar.highSpan[1]);
    }
    const reversed = layout.bars[1]!;
    expect(reversed.lowSpan[0]).toBe(layout.base);
    expect(reversed.highSpan[1]).toBe(layout.base);
  });

  it('scales every bar alike inside the plot, with room at both ends', () => {
    const layout = tornadoLayout([entry('wide', 50, 150)], 100, 12, 0.25);
    expect(layout.base).toBeCloseTo(0.5);
    expect(layout.bars[0]!.lowSpan[0]).toBeCloseTo(25 / 150);
    expect(layout.bars[0]!.highSpan[1]).toBeCloseTo(125 / 150);
    expect(layout.domain).toEqual([25, 175]);
  });

  it('shows at most `limit` bars and counts the rest', () => {
    const entries = Array.from({ length: 15 }, (_, i) => entry(`input ${i}`, 100 - i, 100 + i));
    const layout = tornadoLayout(entries, 100, 12);
    expect(layout.bars).toHaveLength(12);
    expect(layout.hidden).toBe(3);
    expect(layout.bars[0]!.entry.input).toBe('input 14');
  });

  it('has a usable scale with no swing at all', () => {
    const layout = tornadoLayout([], 0);
    expect(layout.domain[1]).toBeGreaterThan(layout.domain[0]);
    expect(Number.isFinite(layout.base)).toBe(true);
  });
});

describe('scenarioColor', () => {
  it('gives each of the first eight scenarios its own colour, then repeats', () => {
    const colors = Array.from({ length: 8 }, (_, i) => scenarioColor(i));
    expect(new Set(colors).size).toBe(8);
    expect(scenarioColor(8)).toBe(scenarioColor(0));
  });
});
