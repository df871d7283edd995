// `npm run build` replaces dist/ only when Astro and Pagefind both succeeded: a build that fails late
// (a social image that cannot be drawn, a Pagefind error) leaves the previous dist/ exactly as it was
// and no staging folder behind. Each case builds a copy of the project (scripts/bench/build.ts) from
// the validator's small valid fixture; npm test's own build is the successful case.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareWorkspace } from '../../scripts/bench/build.ts';

const node = path.resolve('node_modules/.bin/node');
const smallContent = path.resolve('tests/fixtures/validate/valid');
const buildScript = path.resolve('scripts/build.ts');
const workspaces: string[] = [];
afterAll(() => { for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true }); });

/** A project copy with a previous build in dist/ whose every file is known. */
function projectWithPreviousBuild(name: string): { root: string; previous: Map<string, string> } {
  const root = prepareWorkspace(path.resolve('bench-out', `${name}-${process.pid}`));
  workspaces.push(root);
  const previous = new Map([['index.html', '<!doctype html><title>previous</title>'], ['statements/x/index.html', 'previous statement'], ['pagefind/pagefind.js', 'previous index']]);
  for (const [file, text] of previous) {
    fs.mkdirSync(path.dirname(path.join(root, 'dist', file)), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', file), text);
  }
  return { root, previous };
}

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return out;
}

function build(root: string, contentDir: string) {
  const result = spawnSync(node, [buildScript], {
    cwd: root, encoding: 'utf8',
    env: { ...process.env, PATH: `${path.resolve('node_modules/.bin')}:${process.env['PATH']}`, CONTENT_DIR: contentDir, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function expectUntouched(root: string, previous: Map<string, string>, output: string) {
  expect(files(path.join(root, 'dist'))).toEqual(previous);
  expect(fs.readdirSync(root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
  const last = output.trim().split('\n').at(-1)!;
  expect(last).toMatch(/^The build stopped: (Astro|Pagefind) failed \(exit code \d+\)\. dist\/ is unchanged, still the previous build; see the messages above\.$/);
}

describe('a failed build leaves the previous dist/ as it was', () => {
  it('a control character in a title, which stops the build late (social images) or early (validator)', () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), 'control-char-'));
    workspaces.push(content);
    fs.cpSync(smallContent, content, { recursive: true });
    const file = path.join(content, 'statements', '2019-guatemala.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "A statement on border enforcement\\a"'));
    const { root, previous } = projectWithPreviousBuild('atomic-build-astro');
    const { status, output } = build(root, content);
    expect(status, output).toBe(1);
    expectUntouched(root, previous, output);
    expect(output).toContain('Astro failed');
  }, 600_000);

  it('a Pagefind error after Astro succeeded', () => {
    const { root, previous } = projectWithPreviousBuild('atomic-build-pagefind');
    fs.writeFileSync(path.join(root, 'pagefind.yml'), 'exclude_selectors: 5\n');
    const { status, output } = build(root, smallContent);
    expect(status, output).toBe(1);
    expect(output).toMatch(/page\(s\) built/);
    expectUntouched(root, previous, output);
    expect(output).toContain('Pagefind failed');
  }, 600_000);
});
