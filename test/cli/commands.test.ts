import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { parsePlanText } from '#shared/model';
import { TEMPLATES } from '#shared/templates';
import { cli, folderWith } from '#test/helpers/cli';

async function newPlan(args: string[] = []): Promise<string> {
  const dir = folderWith();
  const run = await cli(['new', '--out', 'plan.leadsheet', '--start', '2027-01', ...args], dir);
  expect(run.code).toBe(0);
  return dir;
}

describe('leadsheet new', () => {
  it('writes the default three scenarios starting the month after today', async () => {
    const run = await cli(['new'], folderWith(), '2026-11-22');
    expect(run.code).toBe(0);
    const plan = parsePlanText(run.stdout);
    if (!plan.ok) throw new Error('not a plan');
    expect(plan.value.settings.startMonth).toBe('2026-12');
    expect(plan.value.scenarios.map((s) => s.id)).toEqual(['caio-agency', 'ai-officer', 'full-time-hire']);
  });

  it('writes the templates named, in order, when --template repeats', async () => {
    const dir = await newPlan(['--template', 'officer-embedded', '--template', 'fractional-cto']);
    const plan = parsePlanText(readFileSync(join(dir, 'plan.leadsheet'), 'utf8'));
    expect(plan.ok && plan.value.scenarios.map((s) => s.id)).toEqual(['officer-embedded', 'fractional-cto']);
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    const dir = await newPlan();
    const again = await cli(['new', '--out', 'plan.leadsheet'], dir);
    expect(again).toMatchObject({ code: 1, stderr: 'plan.leadsheet already exists; pass --force to replace it\n' });
    expect((await cli(['new', '--out', 'plan.leadsheet', '--force'], dir)).code).toBe(0);
  });

  it('refuses an unknown template with exit code 1 and says how to list them', async () => {
    const run = await cli(['new', '--template', 'cheap-ceo'], folderWith());
    expect(run).toEqual({ code: 1, stdout: '', stderr: "unknown template 'cheap-ceo'; run 'leadsheet templates' to list them\n" });
  });

  it('refuses a start that is not YYYY-MM as a usage error', async () => {
    const run = await cli(['new', '--start', 'March'], folderWith());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--start must be a month written YYYY-MM, got 'March'/);
  });
});

describe('leadsheet templates', () => {
  it('lists every template with its source title, author and date', async () => {
    const run = await cli(['templates'], folderWith());
    expect(run.code).toBe(0);
    for (const t of TEMPLATES) {
      expect(run.stdout).toContain(t.id);
      for (const s of t.sources) expect(run.stdout).toContain(`Source: ${s.title}, ${s.author}, ${s.date}`);
    }
  });

  it('prints the catalog as JSON with --json', async () => {
    const run = await cli(['templates', '--json'], folderWith());
    expect((JSON.parse(run.stdout) as { id: string }[]).map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
  });
});

describe('leadsheet validate', () => {
  it('says a good plan is valid and what it holds', async () => {
    const dir = await newPlan();
    const run = await cli(['validate', 'plan.leadsheet'], dir);
    expect(run).toEqual({ code: 0, stderr: '', stdout: 'plan.leadsheet is a valid plan: 3 scenarios, 4 items, 36 months from 2027-01\n' });
  });

  it('lists every problem with the JSON path and the reason, exit code 1', async () => {
    const plan = { schemaVersion: 1, settings: { startMonth: '2027-01', horizonMonths: -3 }, scenarios: [{ id: 'f', name: 'Full-time hire', items: [{ id: 's', name: 'Salary', kind: 'salary', baseSalary: 'lots' }] }] };
    const run = await cli(['validate', 'bad.leadsheet'], folderWith({ 'bad.leadsheet': JSON.stringify(plan) }));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'bad.leadsheet: settings.horizonMonths: Settings: horizon (months) must be at least 1, got -3',
      "bad.leadsheet: scenarios[0].items[0].baseSalary: Scenario 'Full-time hire', item 'Salary': base salary must be a number, got 'lots'",
    ]);
  });
});

describe('leadsheet calc', () => {
  it('prints scenarios as columns and fiscal years and key figures as rows, in the plan currency', async () => {
    const dir = await newPlan();
    const run = await cli(['calc', 'plan.leadsheet'], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[2]).toMatch(/Fractional CAIO \+ agency\s+Fractional AI officer only\s+Full-time AI executive/);
    expect(lines.find((l) => l.startsWith('FY2027'))).toMatch(/\$225,000\s+\$48,000\s+\$340,000$/);
    expect(lines.find((l) => l.startsWith('Total '))).toMatch(/\$675,000\s+\$144,000\s+\$1,060,000$/);
    expect(lines.find((l) => l.startsWith('Cost per workflow'))).toMatch(/\$75,000\s+\$8,000\s+\$106,000$/);
    expect(run.stdout).toContain('Fractional AI officer only becomes cheaper than Full-time AI executive in 2027-04');
  });

  it('prints every result as JSON with the keys of product.md, equal to the engine to the cent', async () => {
    const dir = await newPlan();
    const run = await cli(['calc', 'plan.leadsheet', '--json'], dir);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { scenarios: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['months', 'fiscalYears', 'scenarios', 'crossovers']));
    expect(json).not.toHaveProperty('probabilityCheapest');
    const scenario = json.scenarios[0]!;
    for (const key of ['id', 'name', 'monthly', 'cumulative', 'byFiscalYear', 'total', 'cashTotal', 'nonCashTotal', 'npv', 'workflowsShipped', 'firstShipMonth', 'costPerWorkflow', 'value', 'roi', 'paybackMonth', 'meetsThreeX', 'items', 'low', 'high']) {
      expect(scenario).toHaveProperty(key);
    }
    expect(scenario.paybackMonth).toBeNull();
    const plan = parsePlanText(readFileSync(join(dir, 'plan.leadsheet'), 'utf8'));
    if (!plan.ok) throw new Error('not a plan');
    const engine = calcPlan(plan.value);
    json.scenarios.forEach((s, i) => expect(s.npv).toBeCloseTo(engine.scenarios[i]!.npv, 2));
  });

  it('adds Monte Carlo percentiles and probability cheapest with --monte-carlo, reproducible by --seed', async () => {
    const dir = await newPlan();
    const a = await cli(['calc', 'plan.leadsheet', '--json', '--monte-carlo', '500', '--seed', '7'], dir);
    const b = await cli(['calc', 'plan.leadsheet', '--json', '--monte-carlo', '500', '--seed', '7'], dir);
    const c = await cli(['calc', 'plan.leadsheet', '--json', '--monte-carlo', '500', '--seed', '8'], dir);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
    const json = JSON.parse(a.stdout) as { probabilityCheapest: { id: string; total: number }[]; scenarios: { monteCarlo: { trials: number; total: { p10: number; p50: number; p90: number } } }[] };
    expect(json.probabilityCheapest.reduce((sum, p) => sum + p.total, 0)).toBeCloseTo(1, 9);
    const mc = json.scenarios[0]!.monteCarlo;
    expect(mc.trials).toBe(500);
    expect(mc.total.p10).toBeLessThanOrEqual(mc.total.p50);
    expect(mc.total.p50).toBeLessThanOrEqual(mc.total.p90);
  });
});

describe('bad input gets a short message naming what and where, never a stack trace', () => {
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{ "schemaVersion": 1,\n  lots }', /^p\.leadsheet: Not a plan: the file is not valid JSON \(line 2, column 3\)$/],
    ['an empty file', '', /^p\.leadsheet: The file is empty/],
    ['a missing field', JSON.stringify({ schemaVersion: 1, settings: {}, scenarios: [] }), /^p\.leadsheet: settings\.startMonth: Settings: start month is missing$/],
    ['a negative horizon', JSON.stringify({ schemaVersion: 1, settings: { startMonth: '2027-01', horizonMonths: -1 }, scenarios: [] }), /horizonMonths: Settings: horizon \(months\) must be at least 1, got -1$/],
    [
      'low above high in a range',
      JSON.stringify({ schemaVersion: 1, settings: { startMonth: '2027-01' }, scenarios: [{ id: 'a', name: 'CAIO', items: [{ id: 'r', name: 'Retainer', kind: 'retainer', monthlyFee: { low: 9, base: 9, high: 3 } }] }] }),
      /monthlyFee: Scenario 'CAIO', item 'Retainer': monthly fee base \(9\) is above high \(3\)$/,
    ],
    ['a newer schemaVersion', JSON.stringify({ schemaVersion: 2, settings: {}, scenarios: [] }), /schemaVersion: This plan was saved by a newer Leadsheet \(schema version 2\)/],
  ];
  for (const [what, text, message] of cases) {
    it(`${what} is refused with exit code 1`, async () => {
      for (const command of ['validate', 'calc']) {
        const run = await cli([command, 'p.leadsheet'], folderWith({ 'p.leadsheet': text }));
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim()).toMatch(message);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
    });
  }

  it('a missing file is named', async () => {
    expect(await cli(['calc', 'nowhere.leadsheet'], folderWith())).toEqual({ code: 1, stdout: '', stderr: 'nowhere.leadsheet: no such file\n' });
  });

  it('an unknown flag is a usage error, exit code 2, with the usage line', async () => {
    const run = await cli(['calc', 'p.leadsheet', '--fast'], folderWith());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("leadsheet calc: unknown flag '--fast'\nUsage: leadsheet calc FILE [--json] [--monte-carlo N] [--seed S]\n");
  });

  it('an unknown command and no command at all are usage errors', async () => {
    expect((await cli(['frobnicate'], folderWith())).code).toBe(2);
    expect((await cli([], folderWith())).code).toBe(2);
  });

  it('a Monte Carlo count that is not a positive whole number is a usage error', async () => {
    for (const n of ['0', 'ten', '1.5']) expect((await cli(['calc', 'p.leadsheet', '--monte-carlo', n], folderWith())).code).toBe(2);
  });

  it('does not write a plan for a failing new', async () => {
    const dir = folderWith();
    await cli(['new', '--template', 'nope', '--out', 'x.leadsheet'], dir);
    expect(existsSync(join(dir, 'x.leadsheet'))).toBe(false);
  });
});
