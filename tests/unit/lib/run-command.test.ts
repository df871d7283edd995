// A script that fails inside itself tells the editor so in plain words, with no stack trace.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const node = path.resolve('node_modules/.bin/node');

function run(body: string, env: Record<string, string> = {}) {
  const code = `import { runCommand } from './src/lib/run-command.ts';\n${body}`;
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('DEBUG' in env)) delete environment['DEBUG'];
  const result = spawnSync(node, ['--input-type=module', '--eval', code], { encoding: 'utf8', env: environment });
  return { code: result.status, stderr: result.stderr };
}

describe('runCommand', () => {
  test('exits with the code main returns', () => {
    expect(run(`runCommand(() => 1, 'The test');`).code).toBe(1);
    expect(run(`runCommand(async () => 0, 'The test');`).code).toBe(0);
  });

  test('a fault in the tool is one plain message and exit code 2, without a stack trace', () => {
    const result = run(`runCommand(() => { throw new Error('cannot read the moon'); }, 'The test');`);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'The test stopped because of a fault in the tool itself, not in your content; please report it to the developers with this message:\ncannot read the moon\n',
    );
  });

  test('with DEBUG set, the whole error is printed for developers', () => {
    const result = run(`runCommand(async () => { throw new Error('cannot read the moon'); }, 'The test');`, { DEBUG: '1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('at ');
  });
});
