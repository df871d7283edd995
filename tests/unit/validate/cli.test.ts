// The command line as editors and CI run it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixture } from './helpers.ts';

const node = path.resolve('node_modules/.bin/node');

function validate(...args: string[]) {
  const env = { ...process.env };
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  const result = spawnSync(node, ['scripts/validate.ts', ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/validate.ts', () => {
  test('exits 0 with one summary line when there are no problems', () => {
    const run = validate('--content', fixture('valid'));
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('Checked 1 statement, 4 organizations, 2 policies, 2 citations and 3 footnotes: no problems.');
  });

  test('exits 1 on problems, without colour when the output is not a terminal', () => {
    const run = validate('--content', fixture('several-faults'));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('4 problems in 3 files.');
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('--json prints a report that parses', () => {
    const run = validate('--json', '--content', fixture('unknown-policy'));
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(['unknown-policy']);
  });

  test('an unknown option exits 2 with the usage', () => {
    const run = validate('--colour');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: node scripts/validate.ts');
  });
});
