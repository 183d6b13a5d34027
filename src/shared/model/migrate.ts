import { err, ok, type Result } from '../result';
import type { PlanIssue } from './issues';
import { CURRENT_SCHEMA_VERSION } from './plan';

/** One step that lifts a plan object from schema version `n` to `n + 1`; it must not mutate its input. */
export type Migration = (plan: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Steps keyed by the version they lift from. Version 1 is the first released schema, so the
 * table is empty; a change to the schema adds its step here and bumps CURRENT_SCHEMA_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

function issue(path: string, message: string): Result<never, PlanIssue[]> {
  return err([{ path, message }]);
}

/** Lifts a raw plan object to the current schema version, or says why it cannot be read. */
export function migratePlan(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = CURRENT_SCHEMA_VERSION,
): Result<Record<string, unknown>, PlanIssue[]> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return issue('(plan)', 'A plan must be a JSON object with schemaVersion, settings and scenarios');
  }
  let plan = raw as Record<string, unknown>;
  const version = plan.schemaVersion;
  if (version === undefined) {
    return issue('schemaVersion', 'Schema version is missing: this is not a Leadsheet plan, or it was damaged');
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return issue('schemaVersion', `Schema version must be a whole number from 1, got ${JSON.stringify(version)}`);
  }
  if (version > current) {
    return issue(
      'schemaVersion',
      `This plan was saved by a newer Leadsheet (schema version ${version}); this version reads up to ${current}. Update Leadsheet to open it`,
    );
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return issue('schemaVersion', `No migration from schema version ${v} to ${v + 1}`);
    plan = { ...step(plan), schemaVersion: v + 1 };
  }
  return ok(plan);
}
