import { resolve } from 'node:path';
import type { Plan } from '#shared/model';
import { readPlanFile } from '#main/storage/planFile';
import { InputError, type CliIo } from './io';

/** Reads a plan for a command; a bad file becomes an {@link InputError} listing every issue with its path. */
export async function loadPlan(file: string, io: CliIo): Promise<Plan> {
  const result = await readPlanFile(resolve(io.cwd, file));
  if (result.ok) return result.value;
  const { issues } = result.error;
  const lines = issues.map((issue) => (issue.path === '(file)' ? `${file}: ${issue.message}` : `${file}: ${issue.path}: ${issue.message}`));
  throw new InputError(lines.join('\n'));
}
