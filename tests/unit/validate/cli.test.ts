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

  test('a missing Spanish version is printed as a warning and still exits 0', () => {
    const run = validate('--content', fixture('missing-translation'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/policies\/dhs-guatemala-moc\.yaml\n  10:1  es\.summary  warning: There is no Spanish version of the summary/);
    expect(run.stdout).toContain('[missing-translation]');
    expect(run.stdout).toContain('no problems.\n1 warning in 1 file: they do not stop the build');
  });

  test('--json lists warnings apart from problems', () => {
    const run = validate('--json', '--content', fixture('missing-translation'));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.problems).toEqual([]);
    expect(report.warnings).toMatchObject([{ code: 'missing-translation', field: 'es.summary', line: 10 }]);
  });

  test('a fault in about.yaml fails the check like any record, at its line', () => {
    const run = validate('--content', fixture('about-missing-field'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/about\.yaml\n  2:1  corrections  The required field "corrections" is missing/);
  });

  test('an unknown option exits 2 with the usage', () => {
    const run = validate('--colour');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: node scripts/validate.ts');
  });
});
