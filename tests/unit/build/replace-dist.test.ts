// The last step of npm run build (scripts/build.ts): the staged site takes dist/'s place whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFolders, replaceDist } from '../../../scripts/build.ts';

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function setUp(withDist: boolean) {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'replace-dist-'));
  const folders = buildFolders(root);
  fs.mkdirSync(path.join(folders.staging, 'a'), { recursive: true });
  fs.writeFileSync(path.join(folders.staging, 'a', 'index.html'), 'new');
  if (withDist) {
    fs.mkdirSync(path.join(folders.dist, 'gone'), { recursive: true });
    fs.writeFileSync(path.join(folders.dist, 'gone', 'index.html'), 'old');
  }
  return folders;
}

describe('replacing dist/ with the staged build', () => {
  it('the staged site becomes dist/, nothing of the old one stays, no transient folder is left', () => {
    const folders = setUp(true);
    replaceDist(folders);
    expect(fs.readFileSync(path.join(folders.dist, 'a', 'index.html'), 'utf8')).toBe('new');
    expect(fs.existsSync(path.join(folders.dist, 'gone'))).toBe(false);
    expect(fs.readdirSync(root)).toEqual(['dist']);
  });

  it('works when there was no dist/ yet', () => {
    const folders = setUp(false);
    replaceDist(folders);
    expect(fs.readdirSync(root)).toEqual(['dist']);
  });

  it('puts the old dist/ back when the staged site cannot be moved in', () => {
    const folders = setUp(true);
    fs.rmSync(folders.staging, { recursive: true });
    expect(() => replaceDist(folders)).toThrow();
    expect(fs.readFileSync(path.join(folders.dist, 'gone', 'index.html'), 'utf8')).toBe('old');
    expect(fs.readdirSync(root)).toEqual(['dist']);
  });
});
