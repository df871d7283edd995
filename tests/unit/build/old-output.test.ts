// The previous build's output is moved aside in one rename and deleted off the main thread: the
// output folder is gone at once, its files are gone once the build awaits the deletion, and what
// Astro must keep (.git) or a folder left by a killed build is handled too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { removeOldOutput } from '../../../src/build/old-output.ts';

let dir: string;
let outDir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'old-output-'));
  outDir = path.join(dir, 'dist');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A previous build: pages in folders, as Astro writes them. */
function previousBuild(at: string, pages = 50): void {
  for (let i = 0; i < pages; i++) {
    fs.mkdirSync(path.join(at, 'statements', `s-${i}`), { recursive: true });
    fs.writeFileSync(path.join(at, 'statements', `s-${i}`, 'index.html'), `<p>page ${i}</p>`);
  }
}

test('the output folder is gone as soon as the call returns, and nothing is left once the deletion is awaited', async () => {
  previousBuild(outDir);
  const removal = removeOldOutput(outDir);
  expect(fs.existsSync(outDir)).toBe(false);
  await removal;
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('a folder holding .git is left for Astro, which keeps .git', async () => {
  previousBuild(outDir, 2);
  fs.mkdirSync(path.join(outDir, '.git'));
  await removeOldOutput(outDir);
  expect(fs.readdirSync(outDir).sort()).toEqual(['.git', 'statements']);
});

test('a folder left aside by a killed build is deleted by the next one', async () => {
  previousBuild(path.join(dir, 'dist.removing-999999'), 3);
  previousBuild(outDir, 3);
  fs.mkdirSync(path.join(dir, 'dist.staging'));
  await removeOldOutput(outDir);
  expect(fs.readdirSync(dir)).toEqual(['dist.staging']);
});

test('no output folder yet: nothing to do', async () => {
  await removeOldOutput(outDir);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('where there is no rm to run (Windows), the old output is deleted in this process instead', async () => {
  previousBuild(outDir, 5);
  const path0 = process.env['PATH'];
  process.env['PATH'] = dir;
  try {
    const removal = removeOldOutput(outDir);
    expect(fs.existsSync(outDir)).toBe(false);
    await removal;
  } finally {
    process.env['PATH'] = path0;
  }
  expect(fs.readdirSync(dir)).toEqual([]);
});
