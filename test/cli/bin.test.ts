import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { folderWith } from '#test/helpers/cli';

const bin = new URL('../../bin/leadsheet.mjs', import.meta.url).pathname;

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the leadsheet executable', () => {
  it('runs from a fresh checkout through tsx and exits 0 on success, 1 on bad input, 2 on usage', () => {
    const dir = folderWith({ 'bad.leadsheet': '{' });
    expect(run(['new', '--out', 'p.leadsheet', '--start', '2027-01'], dir).status).toBe(0);
    const calc = run(['calc', 'p.leadsheet'], dir);
    expect(calc.status).toBe(0);
    expect(calc.stdout).toContain('Fractional CAIO + agency');
    const bad = run(['calc', 'bad.leadsheet'], dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.leadsheet: Not a plan/);
    expect(run(['calc', '--nope'], dir).status).toBe(2);
  });
});
