// The editors' guide (content/README.md) stays true: its field reference and code list are what the
// schemas and the validator say today, and each worked example passes the checks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { allCodes } from '../../../../src/validate/codes.ts';
import { validateContent } from '../../../../src/validate/index.ts';
import { updateGuide } from '../../../../src/tools/new/guide.ts';

const guide = fs.readFileSync('content/README.md', 'utf8');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

test('the generated sections are up to date (node scripts/guide.ts rewrites them)', () => {
  expect(updateGuide(guide)).toBe(guide);
});

test('every problem code the validator can emit is explained', () => {
  for (const { code } of allCodes()) expect(guide).toContain(`| \`${code}\` |`);
});

test('a section whose markers are missing is an error, not a silent skip', () => {
  expect(() => updateGuide('# Guide\n')).toThrow('The guide lacks the markers of the "fields" section');
});

test('each worked example, one per kind of record, passes the validator', async () => {
  const examples = [...guide.matchAll(/<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map((m) => ({ file: m[1]!, text: `${m[2]!}\n` }));
  expect(examples.map((e) => e.file.split('/')[0]).sort()).toEqual(['citations', 'organizations', 'policies', 'statements']);
  const root = path.join(temp, 'content');
  fs.cpSync('content', root, { recursive: true });
  for (const example of examples) fs.writeFileSync(path.join(root, example.file), example.text);
  const report = await validateContent(root);
  expect(report.problems).toEqual([]);
  // The examples replaced the real files, so this really checked them.
  expect(fs.readFileSync(path.join(root, 'policies/metering.yaml'), 'utf8')).toContain('date: "2016"');
});
