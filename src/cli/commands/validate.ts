import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { loadPlan } from '../loadPlan';

export const VALIDATE_USAGE = 'leadsheet validate FILE';

/** `leadsheet validate`: says the plan is valid, or lists every problem with its JSON path (exit 1). */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { positionals } = parseCommandArgs(args, {}, { min: 1, max: 1, names: 'FILE (the plan to check)' });
  const file = positionals[0] as string;
  const plan = await loadPlan(file, io);
  const items = plan.scenarios.reduce((n, s) => n + s.items.length, 0);
  io.stdout(
    `${file} is a valid plan: ${plan.scenarios.length} scenario${plan.scenarios.length === 1 ? '' : 's'}, ${items} item${items === 1 ? '' : 's'}, ` +
      `${plan.settings.horizonMonths} months from ${plan.settings.startMonth}\n`,
  );
  return EXIT.ok;
}
