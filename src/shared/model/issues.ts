import type { z } from 'zod';
import { fieldLabel } from './labels';

/** A problem with a plan: where it is (a JSON path such as `scenarios[2].items[0].baseSalary`) and what is wrong, in words. */
export interface PlanIssue {
  readonly path: string;
  readonly message: string;
}

type PathKey = PropertyKey;

/** `['scenarios', 2, 'name']` → `scenarios[2].name`; the root is `(plan)`. */
export function jsonPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(plan)';
}

function at(data: unknown, key: PathKey): unknown {
  return data !== null && typeof data === 'object' ? (data as Record<PropertyKey, unknown>)[key] : undefined;
}

function nameOf(data: unknown, index: number): string {
  const name = at(data, 'name');
  const id = at(data, 'id');
  if (typeof name === 'string' && name) return `'${name}'`;
  if (typeof id === 'string' && id) return `'${id}'`;
  return `#${index + 1}`;
}

/** The words for where a path points, with the scenario and item names looked up in the raw plan. */
function placeOf(path: readonly PathKey[], raw: unknown): { context: string; field: string } {
  const context: string[] = [];
  let rest = path;
  if (path[0] === 'scenarios' && typeof path[1] === 'number') {
    const scenario = at(at(raw, 'scenarios'), path[1]);
    context.push(`Scenario ${nameOf(scenario, path[1])}`);
    rest = path.slice(2);
    if (rest[0] === 'items' && typeof rest[1] === 'number') {
      context.push(`item ${nameOf(at(at(scenario, 'items'), rest[1]), rest[1])}`);
      rest = rest.slice(2);
    }
  } else if (path[0] === 'settings') {
    context.push('Settings');
    rest = path.slice(1);
  } else if (path[0] === 'quotes' && typeof path[1] === 'number') {
    context.push(`Quote ${path[1] + 1}`);
    rest = path.slice(2);
  }
  const words: string[] = [];
  for (const [i, key] of rest.entries()) {
    const parent = rest[i - 1];
    if (parent === 'overrides' || parent === 'fxRates') words.push(`'${String(key)}'`);
    else if (typeof key === 'number') words.push(`#${key + 1}`);
    else if (key === 'low' || key === 'base' || key === 'high') words.push(`(${key})`);
    else words.push(fieldLabel(String(key)));
  }
  const field = words.join(' ').replace(/ \(/g, ' (');
  return { context: context.join(', '), field: field ? field.charAt(0).toUpperCase() + field.slice(1) : '' };
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

/** Flattens union issues to the branch that matches the input's shape, so 'high is missing' beats 'must be a number'. */
function leafIssues(issue: z.core.$ZodIssue, prefix: readonly PathKey[]): { issue: z.core.$ZodIssue; path: PathKey[] }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.input !== null && typeof issue.input === 'object') {
    const nested = issue.errors.find((branch) => branch.some((b) => b.path.length > 0));
    if (nested) return nested.flatMap((b) => leafIssues(b, path));
  }
  if (issue.code === 'invalid_union' && issue.input !== null && typeof issue.input !== 'object' && issue.input !== undefined) {
    const scalar = issue.errors.find((branch) => branch.every((b) => b.code !== 'invalid_type' || b.expected !== 'object'));
    if (scalar?.[0]) return leafIssues(scalar[0], path);
  }
  if (issue.code === 'invalid_key' && issue.issues[0]) return [{ issue: { ...issue.issues[0], input: issue.input } as z.core.$ZodIssue, path }];
  return [{ issue, path }];
}

function describe(issue: z.core.$ZodIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `${issue.message.startsWith('must') ? issue.message : `must be ${article(issue.expected)}`}, got ${shown(input)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Leadsheet does not know: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? String(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`}, got ${shown(input)}`;
    case 'invalid_union':
      if (input === undefined) return 'is missing';
      if (issue.discriminator && 'options' in issue && issue.options) {
        return `must be one of ${issue.options.map(String).join(', ')}, got ${shown(at(input, issue.discriminator))}`;
      }
      return `${issue.message}, got ${shown(input)}`;
    default:
      return input === undefined || typeof input === 'object' ? issue.message : `${issue.message}, got ${shown(input)}`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Turns zod issues about a plan into {@link PlanIssue}s a CFO can act on. When the plan sits under
 * a key of a larger object (an IPC request's `plan`), pass that key as `root`: places are looked up
 * inside the plan while the JSON path stays complete.
 */
export function planIssues(error: z.ZodError, raw: unknown, prefix: readonly PathKey[] = [], root?: PropertyKey): PlanIssue[] {
  return error.issues
    .flatMap((issue) => leafIssues(issue, prefix))
    .map(({ issue, path }) => {
      const { context, field } = placeOf(root !== undefined && path[0] === root ? path.slice(1) : path, raw);
      const what = field ? `${field} ${describe(issue)}` : capitalise(describe(issue));
      return { path: jsonPath(path), message: context ? `${context}: ${lower(what)}` : what };
    });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
