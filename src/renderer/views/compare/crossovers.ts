import type { PlanSummary } from '../../../shared/ipc/summary';
import { monthWords } from './compareFormat';

/** Above this many scenarios the pairs that never cross are summed up rather than listed one by one. */
const MAX_PAIRS_LISTED = 10;

/**
 * The crossovers of a plan in words, month by month: "Fractional AI officer only becomes cheaper
 * than Full-time AI executive in March 2027." Pairs that never cross say which stays cheaper
 * throughout (on total, as cumulative cost never changes order for them).
 */
export function crossoverSentences(summary: Pick<PlanSummary, 'scenarios' | 'crossovers'>): string[] {
  const { scenarios, crossovers } = summary;
  if (scenarios.length < 2) return [];
  const name = (id: string): string => scenarios.find((s) => s.id === id)?.name ?? id;
  const byCost = [...scenarios].sort((a, b) => a.total - b.total);
  if (crossovers.length === 0) {
    const [cheapest, ...rest] = byCost.map((s) => s.name);
    if (scenarios.length === 2) return [`${cheapest} stays cheaper than ${rest[0]} throughout the plan; they never cross.`];
    return [`No crossovers: ${cheapest} stays cheapest throughout the plan, then ${rest.join(', then ')}.`];
  }
  const sentences = [...crossovers]
    .sort((a, b) => a.monthIndex - b.monthIndex)
    .map((c) => `${name(c.cheaper)} becomes cheaper than ${name(c.dearer)} in ${monthWords(c.month)}.`);
  const crossed = new Set(crossovers.flatMap((c) => [`${c.cheaper}\n${c.dearer}`, `${c.dearer}\n${c.cheaper}`]));
  const steady: string[] = [];
  byCost.forEach((a, i) => {
    for (const b of byCost.slice(i + 1)) {
      if (crossed.has(`${a.id}\n${b.id}`)) continue;
      steady.push(Math.abs(a.total - b.total) < 0.005 ? `${a.name} and ${b.name} cost the same in total and never cross.` : `${a.name} stays cheaper than ${b.name} throughout.`);
    }
  });
  if (steady.length > MAX_PAIRS_LISTED) return [...sentences, `The other ${steady.length} pairs of scenarios never cross.`];
  return [...sentences, ...steady];
}
