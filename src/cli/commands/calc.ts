import { calcPlan, runMonteCarlo, sensitivity } from '#shared/calc';
import { integerFlag, parseCommandArgs } from '../args';
import { calcJson } from '../calcJson';
import { calcTable } from '../calcTable';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { loadPlan } from '../loadPlan';

export const CALC_USAGE = 'leadsheet calc FILE [--json] [--monte-carlo N] [--seed S]';

/** Most Monte Carlo trials one run may ask for: beyond this the answer no longer changes, only the wait. */
const MAX_TRIALS = 1_000_000;

/** `leadsheet calc`: the comparison table, or every result as JSON. */
export async function calcCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, 'monte-carlo': { type: 'string' }, seed: { type: 'string' } },
    { min: 1, max: 1, names: 'FILE (the plan to calculate)' },
  );
  const trials = integerFlag('monte-carlo', values['monte-carlo'], 0, 1, MAX_TRIALS);
  const seed = integerFlag('seed', values.seed, 1, 0, 2 ** 32 - 1);
  const plan = await loadPlan(positionals[0] as string, io);
  const result = calcPlan(plan);
  const monteCarlo = trials > 0 ? runMonteCarlo(plan, { trials, seed }) : null;
  if (values.json) io.stdout(`${JSON.stringify(calcJson(result, sensitivity(plan), monteCarlo), null, 2)}\n`);
  else io.stdout(calcTable(plan, result, monteCarlo));
  return EXIT.ok;
}
