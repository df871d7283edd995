// content/about.yaml is read by the content reader: a fault is one message naming the file, never a crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAbout } from '../../../src/content/about.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'about-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));
const folder = (name: string, text?: string) => {
  const dir = path.join(temp, name);
  fs.mkdirSync(dir);
  if (text !== undefined) fs.writeFileSync(path.join(dir, 'about.yaml'), text);
  return dir;
};

describe('readAbout', () => {
  it("reads the site's own about.yaml", () => {
    expect(readAbout(path.resolve('content')).publisher).toBeTruthy();
  });
  it('names the fields to write when the file is missing', () => {
    expect(() => readAbout(folder('missing'))).toThrow(/about\.yaml: the file is missing\. Write it with the fields publisher/);
  });
  it('reports an alias bomb or a syntax error as a message about the file', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    expect(() => readAbout(folder('bomb', bomb))).toThrow(/about\.yaml: the fields cannot be read \(yaml-aliases\)/);
    expect(() => readAbout(folder('syntax', 'publisher: [unclosed\n'))).toThrow(/about\.yaml: the fields cannot be read \(yaml-syntax\)/);
  });
});
