import { TEMPLATES } from '#shared/templates';
import { parseCommandArgs } from '../args';
import { EXIT, type CliIo, type ExitCode } from '../io';

export const TEMPLATES_USAGE = 'leadsheet templates [--json]';

/** `leadsheet templates`: the catalog with each template's sources. */
export async function templatesCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseCommandArgs(args, { json: { type: 'boolean' } }, { min: 0, max: 0, names: '' });
  if (values.json) {
    io.stdout(`${JSON.stringify(TEMPLATES, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...TEMPLATES.map((t) => t.id.length));
  const blocks = TEMPLATES.map((t) =>
    [
      `${t.id.padEnd(width)}  ${t.name}`,
      `${' '.repeat(width)}  ${t.summary}`,
      ...t.sources.map((s) => `${' '.repeat(width)}  Source: ${s.title}, ${s.author}, ${s.date}`),
    ].join('\n'),
  );
  io.stdout(`${blocks.join('\n\n')}\n`);
  return EXIT.ok;
}
