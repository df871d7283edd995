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
import { asCaseFolder, baseCase, fixture, fixturesDir } from './helpers.ts';

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
      if (name === 'valid') expect([...report.problems, ...report.warnings]).toEqual([]);
      // A case shows one problem, or one warning (a missing Spanish version) and no problem.
      else if (!several.has(name)) expect([...report.problems, ...report.warnings], actual).toHaveLength(1);
    });
  }
});

describe('a case is the valid collection with its own files laid over it', () => {
  const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
  const base = path.join(fixturesDir, baseCase);

  test("the case's files replace the base's; the others are the base's", () => {
    const dir = fixture('unknown-organization');
    expect(read(dir, 'statements/2019-guatemala.md')).toBe(read(path.join(fixturesDir, 'unknown-organization'), 'statements/2019-guatemala.md'));
    expect(read(dir, 'statements/2019-guatemala.md')).not.toBe(read(base, 'statements/2019-guatemala.md'));
    expect(read(dir, 'organizations/wola.yaml')).toBe(read(base, 'organizations/wola.yaml'));
    expect(fs.existsSync(path.join(dir, 'expected.txt'))).toBe(false);
  });

  test('absent.txt removes base files, and new files are added', () => {
    const dir = fixture('wrong-extension');
    expect(fs.existsSync(path.join(dir, 'statements/2019-guatemala.md'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'statements/2019-guatemala.markdown'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'absent.txt'))).toBe(false);
  });

  test('no case repeats a base file word for word', () => {
    const repeats = cases.filter((name) => name !== baseCase).flatMap((name) =>
      fs.readdirSync(path.join(fixturesDir, name), { recursive: true, encoding: 'utf8' })
        .filter((file) => file !== 'expected.txt' && fs.statSync(path.join(fixturesDir, name, file)).isFile() && fs.existsSync(path.join(base, file)))
        .filter((file) => read(path.join(fixturesDir, name), file) === read(base, file))
        .map((file) => `${name}/${file}`));
    expect(repeats).toEqual([]);
  });
});
