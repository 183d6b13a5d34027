import { calcCommand, CALC_USAGE } from './commands/calc';
import { exportCommand, EXPORT_USAGE } from './commands/export';
import { importCommand, IMPORT_USAGE } from './commands/import';
import { newCommand, NEW_USAGE } from './commands/new';
import { quotesCommand, QUOTES_USAGE } from './commands/quotes';
import { templatesCommand, TEMPLATES_USAGE } from './commands/templates';
import { validateCommand, VALIDATE_USAGE } from './commands/validate';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from './io';

type Command = (args: readonly string[], io: CliIo) => Promise<ExitCode>;

const COMMANDS: Readonly<Record<string, { run: Command; usage: string; summary: string }>> = {
  new: { run: newCommand, usage: NEW_USAGE, summary: 'write a plan: the default three scenarios, or the templates named' },
  templates: { run: templatesCommand, usage: TEMPLATES_USAGE, summary: 'list the templates with their sources' },
  validate: { run: validateCommand, usage: VALIDATE_USAGE, summary: 'check a plan; errors name the JSON path and the reason' },
  calc: { run: calcCommand, usage: CALC_USAGE, summary: 'print the comparison table, or the results as JSON' },
  export: { run: exportCommand, usage: EXPORT_USAGE, summary: 'write the workbook with live formulas (or a CSV of the timeline)' },
  import: { run: importCommand, usage: IMPORT_USAGE, summary: 'read back a workbook Leadsheet exported, with assumptions edited in Excel' },
  quotes: { run: quotesCommand, usage: QUOTES_USAGE, summary: 'parse vendor quotes; rows with errors are reported, never dropped' },
};

const USAGE = [
  'Usage: leadsheet <command> [options]',
  '',
  ...Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`),
  '',
  'Exit codes: 0 success, 1 invalid input, 2 usage.',
  '',
].join('\n');

function isHelp(arg: string | undefined): boolean {
  return arg === '--help' || arg === '-h' || arg === 'help';
}

/** Runs the command line; every failure is a message and an exit code, never a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  if (isHelp(name) || name === '--version') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`leadsheet: unknown command '${name}'\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.some(isHelp)) {
    io.stdout(`Usage: ${command.usage}\n  ${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`leadsheet ${name}: ${error.message}\nUsage: ${command.usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`${error.message}\n`);
      return EXIT.invalid;
    }
    io.stderr(`leadsheet ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
}
