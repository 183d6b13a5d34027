/**
 * Scenario colours, by the scenario's position in the plan: mid-tone hues that read on a light and
 * a dark background alike, so the chips, lines, bars and bands of one scenario match everywhere.
 */
const SCENARIO_COLORS = ['#3b7be0', '#e0892b', '#2ea36f', '#a35ad1', '#d6455d', '#17a2b8', '#9c7a3c', '#7c8597'] as const;

/** The colour of the scenario at `index` in the plan (the palette repeats after eight). */
export function scenarioColor(index: number): string {
  return SCENARIO_COLORS[((index % SCENARIO_COLORS.length) + SCENARIO_COLORS.length) % SCENARIO_COLORS.length] ?? SCENARIO_COLORS[0];
}

/** Tornado colours: an input at its low, and at its high; neither green nor red, since a low input may cost more. */
export const TORNADO_COLORS = { low: '#4f86e8', high: '#e39b36' } as const;
