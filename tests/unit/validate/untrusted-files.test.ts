// Content from partners is untrusted (issue 16): whatever sits in a content folder, the validator
// reports a problem on the file at fault and goes on with the others, so the build stops before
// Astro could publish it unchecked or crash on it; `--json` prints JSON whatever happens.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { validateContent } from '../../../src/validate/index.ts';
import { fixture } from './helpers.ts';

// Some of these tests start a process or parse hostile input: room on a busy machine (no speed is tested).
vi.setConfig({ testTimeout: 120_000 });

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'untrusted-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
const node = path.resolve('node_modules/.bin/node');

/** A copy of the valid fixture with extra files written into it (path → text). */
function validPlus(name: string, files: Record<string, string>): string {
  const root = path.join(temp, name);
  fs.cpSync(fixture('valid'), root, { recursive: true });
  fs.rmSync(path.join(root, 'expected.txt'), { force: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
  return root;
}

const statement = fs.readFileSync(path.join(fixture('valid'), 'statements/2019-guatemala.md'), 'utf8');
const codes = async (root: string) => (await validateContent(root)).problems.map((p) => `${path.relative(root, path.resolve(p.file))} ${p.code}`);

test('a link to a file outside the collection is refused, not followed', async () => {
  const root = validPlus('symlink', { 'sources/notes.txt': 'Notes, not a statement.\n' });
  fs.symlinkSync('../sources/notes.txt', path.join(root, 'statements/2019-x.md'));
  expect(await codes(root)).toEqual(['statements/2019-x.md symlink']);
});

test('a named pipe is refused without being opened (reading it would wait forever)', async () => {
  const root = validPlus('fifo', {});
  expect(spawnSync('mkfifo', [path.join(root, 'organizations/pipe.yaml')]).status).toBe(0);
  expect(await codes(root)).toEqual(['organizations/pipe.yaml special-file']);
});

test('a space before the opening --- is reported where Astro would find no front matter', async () => {
  const root = validPlus('space', { 'statements/2019-space.md': ` ${statement}` });
  const report = await validateContent(root);
  expect(report.problems.map((p) => [p.code, p.line, p.message])).toEqual([
    ['front-matter-missing', 1, 'The first line has spaces or invisible characters before its ---, so the site does not see the front matter.'],
  ]);
});

test('a second byte-order mark is reported; one is allowed, as Astro allows it', async () => {
  const root = validPlus('bom', { 'statements/2019-one-bom.md': `\uFEFF${statement.replace('2019-06-13', '2019-06-14')}`, 'statements/2019-two-boms.md': `\uFEFF\uFEFF${statement}` });
  expect(await codes(root)).toEqual(['statements/2019-two-boms.md byte-order-mark']);
});

test('a file name that gives no id is reported', async () => {
  const root = validPlus('empty-id', { 'statements/!!!.md': statement });
  expect(await codes(root)).toEqual(['statements/!!!.md empty-id']);
});

test('a no-break space that makes two files one id is reported (Astro would keep one of them)', async () => {
  const root = validPlus('nbsp', { 'statements/same\u00a0id.md': statement, 'statements/sameid.md': statement });
  expect(await codes(root)).toEqual(['statements/same\u00a0id.md duplicate-id']);
});

test('an alias bomb and 5,000-deep nesting are problems of their files; the other files are still checked', async () => {
  const bomb = ['name: Bomb', 'type: ngo', 'a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const [i, name] of [...'bcdefg'].entries()) bomb.push(`${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`);
  const root = validPlus('bombs', {
    'organizations/bomb.yaml': `${bomb.join('\n')}\n`,
    'organizations/deep.yaml': `name: Deep\ntype: ngo\naliases: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    'organizations/typo.yaml': 'name: Typo\ntype: ngo-org\n',
  });
  expect(await codes(root)).toEqual(['organizations/bomb.yaml yaml-aliases', 'organizations/deep.yaml yaml-too-deep', 'organizations/typo.yaml invalid-choice']);
});

test('a list nested 3,000 deep is a problem of its line, not a Markdown parse that runs for hours', async () => {
  const list = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
  const root = validPlus('deep-text', { 'statements/2019-deep.md': `${statement.replace('2019-06-13', '2019-06-14')}\n${list}\n` });
  const report = await validateContent(root);
  expect(report.problems.map((p) => `${p.file.split('/').pop()}:${p.line} ${p.code}`)).toEqual([`2019-deep.md:${statement.split('\n').length + 66} text-too-deep`]);
});

test('--json prints a report that parses on a file that crashed the validator before', () => {
  const root = validPlus('json', { 'organizations/deep.yaml': `name: Deep\ntype: ngo\naliases: ${'['.repeat(5000)}${']'.repeat(5000)}\n` });
  const run = spawnSync(node, ['scripts/validate.ts', '--json', '--content', root], { encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(JSON.parse(run.stdout).problems.map((p: { code: string }) => p.code)).toEqual(['yaml-too-deep']);
});

test('--json prints JSON even when the command line is wrong', () => {
  const run = spawnSync(node, ['scripts/validate.ts', '--json', '--colour'], { encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(JSON.parse(run.stdout)).toMatchObject({ problems: [], fault: expect.stringContaining('Unknown option "--colour"') });
});
