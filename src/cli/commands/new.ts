import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMonthKey, monthAfter, parsePlan, serializePlan } from '#shared/model';
import { DEFAULT_TEMPLATE_IDS, planFromTemplates } from '#shared/templates';
import { writeFileAtomic } from '#main/storage/atomicWrite';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io';

export const NEW_USAGE = 'leadsheet new [--template ID]... [--start YYYY-MM] [--out FILE] [--force]';

/** `leadsheet new`: a plan of the default three scenarios, or of the templates named, to a file or stdout. */
export async function newCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseCommandArgs(
    args,
    { template: { type: 'string', multiple: true }, start: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
    { min: 0, max: 0, names: '' },
  );
  if (values.start !== undefined && !isMonthKey(values.start)) throw new UsageError(`--start must be a month written YYYY-MM, got '${values.start}'`);
  const startMonth = values.start ?? monthAfter(io.today);
  const input = planFromTemplates(values.template ?? DEFAULT_TEMPLATE_IDS, startMonth);
  if (!input.ok) throw new InputError(input.error);
  const plan = parsePlan(input.value);
  if (!plan.ok) throw new InputError(plan.error.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const text = serializePlan(plan.value);
  if (values.out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, values.out);
  if (existsSync(path) && !values.force) throw new InputError(`${values.out} already exists; pass --force to replace it`);
  const written = await writeFileAtomic(path, text);
  if (!written.ok) throw new InputError(written.error.message);
  const names = plan.value.scenarios.map((s) => s.name).join(', ');
  io.stdout(`wrote ${values.out}: ${names}; ${plan.value.settings.horizonMonths} months from ${startMonth}\n`);
  return EXIT.ok;
}
