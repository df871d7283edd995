// The build's log lists a few files with warnings only and counts the rest (a collection without
// Spanish versions would otherwise print thousands of lines); problems are always listed whole, and
// npm run validate (no limit) lists everything.
import { describe, expect, it } from 'vitest';
import { formatText } from '../../../src/validate/format.ts';
import type { Report } from '../../../src/validate/index.ts';
import type { Problem } from '../../../src/validate/problem.ts';

const missing = (file: string): Problem => ({ file, line: 1, column: 7, field: 'es.name', code: 'missing-translation', message: 'There is no Spanish version of the name.', fix: 'Write it under es:.' });
const problem = (file: string): Problem => ({ file, line: 3, field: 'kind', code: 'invalid-choice', message: 'The kind is not one of the choices.', fix: 'Use one of them.' });

const report: Report = {
  problems: [problem('content/policies/p-07.yaml')],
  warnings: Array.from({ length: 12 }, (_, i) => missing(`content/policies/p-${String(i + 1).padStart(2, '0')}.yaml`)),
  counts: { statements: 0, organizations: 0, policies: 12, citations: 0, footnotes: 0 },
};

describe('warnings in the build log', () => {
  it('lists the first files with warnings only, every file with a problem, and counts the rest', () => {
    const text = formatText(report, { color: false, warningOnlyFiles: 3 });
    const files = text.split('\n').filter((line) => line.startsWith('content/'));
    expect(files).toEqual(['content/policies/p-01.yaml', 'content/policies/p-02.yaml', 'content/policies/p-03.yaml', 'content/policies/p-07.yaml']);
    expect(text).toContain('… and 8 more files with warnings only, not listed here: npm run validate lists them all.');
    // p-07 has a problem and a warning: both are shown.
    expect(text).toMatch(/content\/policies\/p-07\.yaml\n {2}1:7 {2}es\.name {2}warning: There is no Spanish/);
    expect(text).toContain('12 warnings in 12 files');
    expect(text).toContain('1 problem in 1 file.');
  });

  it('lists every file without a limit, as npm run validate does', () => {
    const text = formatText(report, { color: false });
    expect(text.split('\n').filter((line) => line.startsWith('content/'))).toHaveLength(12);
    expect(text).not.toContain('more file');
  });
});
