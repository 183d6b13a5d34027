import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migratePlan } from '#shared/model';

describe('schema migration', () => {
  it('passes a current plan through unchanged', () => {
    const plan = { schemaVersion: CURRENT_SCHEMA_VERSION, settings: {}, scenarios: [] };
    expect(migratePlan(plan)).toEqual({ ok: true, value: plan });
  });

  it('lifts an older plan one version at a time and stamps each version', () => {
    const steps = {
      1: (p: Readonly<Record<string, unknown>>) => ({ ...p, renamed: p.old }),
      2: (p: Readonly<Record<string, unknown>>) => ({ ...p, added: true }),
    };
    expect(migratePlan({ schemaVersion: 1, old: 'x' }, steps, 3)).toEqual({
      ok: true,
      value: { schemaVersion: 3, old: 'x', renamed: 'x', added: true },
    });
  });

  it('refuses a version it has no step for', () => {
    const result = migratePlan({ schemaVersion: 1 }, {}, 2);
    expect(result.ok).toBe(false);
  });

  it('refuses a schema version that is not a whole number from 1', () => {
    for (const version of [0, 1.5, '1']) {
      const result = migratePlan({ schemaVersion: version });
      expect(result.ok ? '' : result.error[0]!.message).toMatch(/whole number from 1/);
    }
  });
});
