import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; an unknown flag or a missing value is a {@link UsageError}. */
export function parseCommandArgs<O extends Options>(
  args: readonly string[],
  options: O,
  positionals: { min: number; max: number; names: string },
): { values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, '').replace(/^Unknown option '(.*)'$/, "unknown flag '$1'"));
  }
  if (parsed.positionals.length < positionals.min) throw new UsageError(`missing ${positionals.names}`);
  if (parsed.positionals.length > positionals.max) throw new UsageError(`unexpected argument '${parsed.positionals[positionals.max]}'`);
  return { values: parsed.values, positionals: parsed.positionals };
}

/** A whole number flag within bounds, or a {@link UsageError} naming the flag. */
export function integerFlag(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`--${name} must be a whole number, got '${value}'`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`--${name} must be from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}, got ${value}`);
  return n;
}
