// The whole run: a clean fixture, several faults at once, and the two printers.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatJson, formatText } from '../../../src/validate/format.ts';
import { validateContent } from '../../../src/validate/index.ts';
import { allCodes } from '../../../src/validate/codes.ts';
import { rules } from '../../../src/validate/rules/index.ts';
import { fileIn, fixture, fixturesDir } from './helpers.ts';

describe('a run over a whole content folder', () => {
  test('the valid fixture has no problems and is counted', async () => {
    const report = await validateContent(fixture('valid'));
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ statements: 1, organizations: 4, policies: 2, citations: 2, footnotes: 3 });
    expect(formatText(report, { color: false })).toBe(
      'Checked 1 statement, 4 organizations, 2 policies, 2 citations and 3 footnotes: no problems.',
    );
  });

  test('faults in several files are all reported in one run, sorted by file and line', async () => {
    const report = await validateContent(fixture('several-faults'));
    const file = (f: string) => fileIn('several-faults', f);
    expect(report.problems.map((p) => [p.file, p.line, p.code])).toEqual([
      [file('organizations/lawg.yaml'), 6, 'self-affiliation'],
      [file('policies/guatemala-aca.yaml'), 4, 'invalid-choice'],
      [file('statements/2019-guatemala.md'), 5, 'invalid-choice'],
      [file('statements/2019-guatemala.md'), 45, 'footnote-undefined'],
    ]);
  });

  test('the text report groups problems under their file, with a final count', async () => {
    const text = formatText(await validateContent(fixture('several-faults')), { color: false });
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(4);
    expect(blocks[0]!.split('\n')[0]).toBe(fileIn('several-faults', 'organizations/lawg.yaml'));
    expect(blocks[2]!.split('\n')).toHaveLength(3);
    expect(blocks[2]).toContain('  5:11   language  "sp" is not one of the allowed values for "language". Did you mean "es"?');
    expect(blocks[2]).toMatch(/\[footnote-undefined\]$/);
    expect(blocks[3]).toBe('4 problems in 3 files.');
    expect(text).not.toContain('\u001b[');
  });

  test('colour is added only when asked for', async () => {
    const report = await validateContent(fixture('several-faults'));
    expect(formatText(report, { color: true })).toContain('\u001b[');
  });

  test('the JSON report holds every problem field', async () => {
    const parsed = JSON.parse(formatJson(await validateContent(fixture('unknown-organization'))));
    expect(parsed.problems[0]).toEqual({
      file: fileIn('unknown-organization', 'statements/2019-guatemala.md'),
      line: 16,
      column: 9,
      field: 'signatories[0].organizations[2]',
      code: 'unknown-organization',
      message: expect.any(String),
      fix: expect.any(String),
    });
    expect(parsed.counts.statements).toBe(1);
  });

  test('a missing content folder is one problem, not an exception', async () => {
    const report = await validateContent(fixture('no-such-fixture'));
    expect(report.problems.map((p) => `${p.code}: ${p.message} ${p.fix}`)).toEqual([
      'content-folder-missing: The content folder does not exist. Check the folder name given to the validator, or run it from the repository root.',
    ]);
  });

  test('every code has a unique name, a line in the guide, and a fixture that shows it', async () => {
    const codes = allCodes().map((doc) => doc.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(rules.every((rule) => codes.includes(rule.code))).toBe(true);
    const seen = new Set(['content-folder-missing']); // shown above, with no folder at all
    for (const name of fs.readdirSync(fixturesDir)) {
      const report = await validateContent(fixture(name));
      for (const problem of [...report.problems, ...report.warnings]) seen.add(problem.code);
    }
    expect([...seen].filter((code) => !codes.includes(code))).toEqual([]);
    // A locked file and a named pipe cannot be kept in git (untrusted-files.test.ts shows the pipe). The
    // hidden-character, mixed-script and length codes are shown by their own tests on a copy of content/
    // (unsafe-character.test.ts, look-alike-names.test.ts, text-too-long.test.ts).
    expect(codes.filter((code) => !seen.has(code)).sort()).toEqual(['mixed-script', 'special-file', 'text-too-long', 'unreadable-file', 'unsafe-character']);
  });
});
