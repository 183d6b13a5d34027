import { describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { planSummary } from '#shared/ipc/toSummary';
import type { PlanSummary } from '#shared/ipc/summary';
import { defaultPlan } from '#shared/templates';
import { crossoverSentences } from '../../../../src/renderer/views/compare/crossovers';

type Crossovers = Pick<PlanSummary, 'scenarios' | 'crossovers'>;

function plan(totals: Record<string, number>, crossovers: PlanSummary['crossovers'] = []): Crossovers {
  const scenarios = Object.entries(totals).map(([name, total]) => ({ id: name.toLowerCase().replace(/ /g, '-'), name, total })) as unknown as PlanSummary['scenarios'];
  return { scenarios, crossovers };
}

describe('crossoverSentences says in words when one scenario overtakes another', () => {
  it('names the scenarios and the month, not their ids', () => {
    const summary = plan({ 'AI officer only': 144_000, 'Full-time hire': 1_060_000 }, [{ month: '2028-04', monthIndex: 16, cheaper: 'ai-officer-only', dearer: 'full-time-hire' }]);
    expect(crossoverSentences(summary)).toEqual(['AI officer only becomes cheaper than Full-time hire in April 2028.']);
  });

  it('lists crossovers in month order, then the pairs that never cross', () => {
    const summary = plan({ A: 100, B: 200, C: 300 }, [
      { month: '2027-09', monthIndex: 9, cheaper: 'b', dearer: 'c' },
      { month: '2027-03', monthIndex: 3, cheaper: 'a', dearer: 'c' },
    ]);
    expect(crossoverSentences(summary)).toEqual(['A becomes cheaper than C in March 2027.', 'B becomes cheaper than C in September 2027.', 'A stays cheaper than B throughout.']);
  });

  it('says which stays cheapest throughout when nothing crosses', () => {
    expect(crossoverSentences(plan({ Dear: 900, Cheap: 100, Middle: 500 }))).toEqual(['No crossovers: Cheap stays cheapest throughout the plan, then Middle, then Dear.']);
    expect(crossoverSentences(plan({ Dear: 900, Cheap: 100 }))).toEqual(['Cheap stays cheaper than Dear throughout the plan; they never cross.']);
  });

  it('says nothing with fewer than two scenarios', () => {
    expect(crossoverSentences(plan({ Alone: 1 }))).toEqual([]);
    expect(crossoverSentences(plan({}))).toEqual([]);
  });

  it('does not call one of two equal scenarios cheaper', () => {
    const summary = plan({ A: 100, B: 100, C: 50 }, [{ month: '2027-01', monthIndex: 1, cheaper: 'c', dearer: 'a' }, { month: '2027-01', monthIndex: 1, cheaper: 'c', dearer: 'b' }]);
    expect(crossoverSentences(summary)).toContain('A and B cost the same in total and never cross.');
  });

  it('sums up the pairs that never cross in a plan with many scenarios', () => {
    const totals = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`S${i}`, (i + 1) * 100]));
    const sentences = crossoverSentences(plan(totals, [{ month: '2027-01', monthIndex: 1, cheaper: 's0', dearer: 's1' }]));
    expect(sentences).toEqual(['S0 becomes cheaper than S1 in January 2027.', 'The other 20 pairs of scenarios never cross.']);
  });

  it('reads the engine’s crossovers of the default plan', () => {
    const summary = planSummary(calcPlan(defaultPlan('2026-12')));
    const sentences = crossoverSentences(summary);
    expect(sentences).toContain('Fractional AI officer only becomes cheaper than Full-time AI executive in March 2027.');
    expect(sentences).toContain('Fractional AI officer only stays cheaper than Fractional CAIO + agency throughout.');
  });
});
