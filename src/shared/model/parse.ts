import { err, ok, type Result } from '../result';
import { planIssues, type PlanIssue } from './issues';
import { migratePlan } from './migrate';
import { planSchema, type Plan } from './plan';

/** Validates a plan object (migrating older schema versions first) and fills in defaults. */
export function parsePlan(raw: unknown): Result<Plan, PlanIssue[]> {
  const migrated = migratePlan(raw);
  if (!migrated.ok) return migrated;
  const parsed = planSchema.safeParse(migrated.value, { reportInput: true });
  return parsed.success ? ok(parsed.data) : err(planIssues(parsed.error, migrated.value));
}

/** Where a JSON syntax error sits, as `line L, column C`, from the offset V8 reports. */
function jsonErrorPlace(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return message.includes('end of JSON') ? 'it ends too early' : 'it is not valid JSON';
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `line ${line}, column ${column}`;
}

/** Reads plan file text: JSON, then schema version, then every field. */
export function parsePlanText(text: string): Result<Plan, PlanIssue[]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return err([{ path: '(file)', message: 'The file is empty: a plan is a JSON object' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err([{ path: '(file)', message: `Not a plan: the file is not valid JSON (${jsonErrorPlace(body, message)})` }]);
  }
  return parsePlan(raw);
}

/** Plan file text: the plan as indented JSON with a final newline, so files diff well. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
