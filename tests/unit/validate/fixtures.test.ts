// Every folder under tests/fixtures/validate/ is a case: the valid collection in valid/ with one fault
// (or none), holding only the files that differ (see README.md there). Its expected.txt is the
// validator's exact report on the assembled case: file, line and column, field, message, fix and code.
// Adding a case means adding a folder with the changed file. To write the expected.txt of a new case,
// run UPDATE_EXPECTED=1 node_modules/.bin/vitest run tests/unit/validate/fixtures.test.ts, then read it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatText } from '../../../src/validate/format.ts';
import { validateContent } from '../../../src/validate/index.ts';
import { asCaseFolder, fixture, fixturesDir } from './helpers.ts';

const cases = fs.readdirSync(fixturesDir).filter((name) => fs.statSync(path.join(fixturesDir, name)).isDirectory()).sort();
/** Cases that show more than one problem on purpose. */
const several = new Set(['several-faults', 'duplicate-id']);

describe('each fixture gets exactly the report in its expected.txt', () => {
  test('there are at least 25 single-fault cases', () => {
    expect(cases.filter((name) => name !== 'valid' && !several.has(name)).length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    test(name.replaceAll('-', ' '), async () => {
      const report = await validateContent(fixture(name));
      const actual = `${asCaseFolder(name, formatText(report, { color: false }))}\n`;
      const expectedFile = path.join(fixturesDir, name, 'expected.txt');
      if (process.env['UPDATE_EXPECTED']) fs.writeFileSync(expectedFile, actual);
      expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
      if (name === 'valid') expect(report.problems).toEqual([]);
      else if (!several.has(name)) expect(report.problems, actual).toHaveLength(1);
    });
  }
});
