// Schema faults and unreadable files: what the zod schemas and the loader report, in editors' words.
import { describe, expect, test } from 'vitest';
import { fileIn, onlyProblem, problemsOf } from './helpers.ts';

const statement = 'statements/2019-guatemala.md';

describe('schema faults', () => {
  test('a missing required field is reported at the start of the front matter', async () => {
    const problem = await onlyProblem('missing-field');
    expect(problem).toMatchObject({ code: 'missing-field', file: fileIn('missing-field', statement), line: 2, column: 1, field: 'summary' });
    expect(problem.message).toContain('The required field "summary" is missing');
    expect(problem.fix).toContain('summary: …');
  });

  test('a missing nested field is reported at the field that should hold it', async () => {
    const problem = await onlyProblem('missing-nested-field');
    expect(problem).toMatchObject({ code: 'missing-field', line: 7, column: 1, field: 'provenance.transcribed' });
    expect(problem.message).toContain('"transcribed" is missing from provenance');
    expect(problem.fix).toContain('YYYY-MM-DD');
  });

  test('a misspelled kind lists the allowed values and suggests the closest', async () => {
    const problem = await onlyProblem('wrong-enum-value');
    expect(problem).toMatchObject({ code: 'invalid-choice', file: fileIn('wrong-enum-value', statement), line: 4, column: 7, field: 'kind' });
    expect(problem.message).toContain('"joint-statment" is not one of the allowed values for "kind"');
    expect(problem.fix).toContain('Did you mean "joint-statement"?');
    expect(problem.fix).toContain('joint-statement, editorial, letter, press-release, report, testimony, op-ed');
  });

  test('an unknown field is named at its key, with the closest allowed field and the full list', async () => {
    const problem = await onlyProblem('unknown-field');
    expect(problem).toMatchObject({ code: 'unknown-field', line: 6, column: 1, field: 'sumary' });
    expect(problem.message).toBe('"sumary" is not a field of a statement.');
    expect(problem.fix).toContain('Did you mean "summary"?');
    expect(problem.fix).toContain('title, date, dateNote, kind, language');
  });

  test('a date that is not in the calendar (2019-02-30) is reported at its value', async () => {
    const problem = await onlyProblem('impossible-date');
    expect(problem).toMatchObject({ code: 'invalid-value', line: 3, column: 7, field: 'date' });
    expect(problem.message).toContain('"2019-02-30"');
    expect(problem.message).toContain('does not exist in the calendar');
  });

  test('an unknown language code "sp" suggests "es" (Spanish)', async () => {
    const problem = await onlyProblem('unknown-language');
    expect(problem).toMatchObject({ code: 'invalid-choice', line: 5, column: 11, field: 'language' });
    expect(problem.message).toContain('"sp"');
    expect(problem.fix).toContain('Did you mean "es"?');
    expect(problem.fix).toContain('en, es, fr, pt, ht');
  });

  test('a single value where a list belongs explains how to write a list', async () => {
    const problem = await onlyProblem('wrong-type');
    expect(problem).toMatchObject({ code: 'wrong-type', line: 5, column: 9, field: 'actors' });
    expect(problem.message).toBe('"actors" should be a list, but it is the text "dhs".');
    expect(problem.fix).toContain('starting with "- "');
  });
});

describe('files that cannot be read', () => {
  test('a YAML syntax error is reported on its line, with the usual cause', async () => {
    const problem = await onlyProblem('yaml-syntax-error');
    expect(problem).toMatchObject({ code: 'yaml-syntax', file: fileIn('yaml-syntax-error', 'organizations/lawg.yaml'), line: 2, column: 14 });
    expect(problem.message).toContain('could not be read');
    expect(problem.fix).toContain('must be in quotes');
  });

  test('an empty file is a problem, not a crash', async () => {
    const problem = await onlyProblem('empty-file');
    expect(problem).toMatchObject({ code: 'empty-file', file: fileIn('empty-file', 'organizations/lawg.yaml'), line: 1 });
    expect(problem.message).toBe('The file is empty.');
  });

  test('a statement saved as .markdown is reported as ignored, with the name to use', async () => {
    const problem = await onlyProblem('wrong-extension');
    expect(problem).toMatchObject({ code: 'wrong-extension', file: fileIn('wrong-extension', 'statements/2019-guatemala.markdown') });
    expect(problem.message).toContain('reads only .md files');
    expect(problem.fix).toContain('Rename it to 2019-guatemala.md');
  });

  test('front matter without its closing --- is reported on line 1', async () => {
    const problem = await onlyProblem('front-matter-unclosed');
    expect(problem).toMatchObject({ code: 'front-matter-unclosed', line: 1, column: 1 });
    expect(problem.message).toContain('never closed');
  });

  test('a statement without front matter is reported on line 1', async () => {
    const problem = await onlyProblem('front-matter-missing');
    expect(problem).toMatchObject({ code: 'front-matter-missing', line: 1, column: 1 });
  });

  test('a missing content folder is a problem, not an exception', async () => {
    const problems = await problemsOf('no-such-fixture');
    expect(problems.map((p) => p.code)).toEqual(['content-folder-missing']);
  });
});

describe('empty values', () => {
  test('front matter with no fields is reported once, not as one missing field per field', async () => {
    const problem = await onlyProblem('empty-front-matter');
    expect(problem).toMatchObject({ code: 'wrong-type', line: 2, column: 1 });
    expect(problem.message).toBe('There are no fields here.');
  });

  test('a field name with nothing after it is an empty field, placed at the name', async () => {
    const problem = await onlyProblem('empty-value');
    expect(problem).toMatchObject({ code: 'empty-field', line: 2, column: 1, field: 'title' });
    expect(problem.message).toBe('"title" is empty.');
  });
});
