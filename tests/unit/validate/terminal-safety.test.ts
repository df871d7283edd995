// Problems quote content, and content is untrusted: printed to a terminal it must not be able to
// colour, move or hide the validator's own words, and --json must stay valid JSON of the same values.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { formatJson, formatText } from '../../../src/validate/format.ts';
import type { Report } from '../../../src/validate/index.ts';
import { contentCopy, type ContentCopy } from './content-copy.ts';

// Each test reads or spawns a whole copy of content/: generous limits, so a busy machine cannot fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const fake = '\u001b[32m✓ no problems\u001b[0m';
const report = (message: string): Report => ({
  problems: [{ file: 'content/organizations/evil\u202E.yaml', line: 1, column: 7, field: 'name', code: 'duplicate-name', message, fix: 'Fix it.' }],
  warnings: [],
  counts: { statements: 0, organizations: 1, policies: 0, citations: 0, footnotes: 0 },
});

describe('the terminal printer', () => {
  test('shows escape sequences and other hidden characters escaped, never raw', () => {
    const text = formatText(report(`"${fake}\r\nfake line\u009b\u200B" is also the name of x.`), { color: false });
    expect(text).toContain('"\\u001b[32m✓ no problems\\u001b[0m\\r\\nfake line\\u009b\\u200b" is also the name of x.');
    expect(text).toContain('content/organizations/evil\\u202e.yaml');
    expect(text).not.toMatch(/[\u001b\u009b\u200b\u202e\r]/);
    expect(text.split('\n')).toHaveLength(4);
  });

  test('in colour, the only escape sequences are its own', () => {
    const text = formatText(report(`"${fake}"`), { color: true });
    expect(text).toContain('\\u001b[32m✓ no problems');
    expect(text.match(/\u001b\[/g)).toHaveLength(10);
  });

  test('--json escapes them as JSON escapes, so it parses back to the exact values', () => {
    const message = `"${fake}" \u202Eevil \u{E0061} \u007f`;
    const json = formatJson(report(message));
    expect(json).not.toMatch(/[\u001b\u202e\u007f]|\u{E0061}/u);
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json).problems[0].message).toBe(message);
  });
});

describe('npm run validate on hostile content', () => {
  let copy: ContentCopy;
  beforeEach(() => {
    copy = contentCopy();
  });
  afterEach(() => copy.remove());

  const run = (...args: string[]) =>
    spawnSync(path.resolve('node_modules/.bin/node'), ['scripts/validate.ts', '--content', copy.root, ...args], { encoding: 'utf8' });

  test('a field holding an escape sequence cannot print a fake green line', () => {
    // An unknown type is quoted back in the invalid-choice message. Written as YAML's \e escape: both
    // YAML readers refuse a raw ESC byte inside quotes (a yaml-syntax problem), but decode \e to it.
    copy.write('organizations/evil.yaml', `name: Evil\ntype: "${fake.replaceAll('\u001b', '\\e')}"\n`);
    const { status, stdout } = run();
    expect(status).toBe(1);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('\\u001b[32m✓ no problems');
    const parsed = JSON.parse(run('--json').stdout);
    expect(parsed.problems.map((p: { code: string }) => p.code)).toEqual(['invalid-choice', 'unsafe-character']);
    expect(parsed.problems[0].message).toContain(fake);
  });

  test('a raw escape byte inside quotes is refused as YAML, and never printed raw', () => {
    copy.write('organizations/evil.yaml', `name: Evil\ntype: "${fake}"\n`);
    const { status, stdout } = run();
    expect(status).toBe(1);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('[yaml-syntax]');
  });
});

describe('npm run import on a pasted text with escape sequences', () => {
  test('--dry-run prints the draft with the escape sequences escaped and its own line breaks kept', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
    const file = path.join(dir, 'pasted.txt');
    fs.writeFileSync(file, `A title\n\nSome text with ${fake} in it.\n`);
    const { status, stdout } = spawnSync(path.resolve('node_modules/.bin/node'), ['scripts/import.ts', file, '--dry-run'], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(status).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('Some text with \\u001b[32m✓ no problems\\u001b[0m in it.');
    expect(stdout).toContain('\ntitle: A title\n');
  });
});
