// Rules across records: ids, names, signatories, self-references and provenance sources.
import { describe, expect, test } from 'vitest';
import { fileIn, onlyProblem, problemsOf } from './helpers.ts';

describe('ids and names', () => {
  test('x.yaml and x.yml give the same id: the .yml file is reported twice over', async () => {
    const problems = await problemsOf('duplicate-id');
    const file = fileIn('duplicate-id', 'organizations/wola.yml');
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['duplicate-id', file],
      ['wrong-extension', file],
    ]);
    expect(problems[0]!.message).toContain(`"wola", which ${fileIn('duplicate-id', 'organizations/wola.yaml')} already gives`);
  });

  test('two statement files differing only in capitals give the same id', async () => {
    const problem = await onlyProblem('duplicate-statement-id');
    expect(problem).toMatchObject({ code: 'duplicate-id', file: fileIn('duplicate-statement-id', 'statements/2019-Guatemala.md') });
    expect(problem.message).toContain('"2019-guatemala"');
  });

  test('an alias equal to another organization\'s name, ignoring case and accents, is a duplicate name', async () => {
    const problem = await onlyProblem('duplicate-name');
    expect(problem).toMatchObject({ code: 'duplicate-name', file: fileIn('duplicate-name', 'organizations/ceg.yaml'), line: 1, column: 7, field: 'name' });
    expect(problem.message).toBe(`"Conferencia Episcopal de Guatemala" is also an alias of ${fileIn('duplicate-name', 'organizations/ceg-gt.yaml')}.`);
  });

  test('two policies sharing an alias are a duplicate name', async () => {
    const problem = await onlyProblem('duplicate-policy-name');
    expect(problem).toMatchObject({ code: 'duplicate-name', file: fileIn('duplicate-policy-name', 'policies/guatemala-aca.yaml'), line: 4, column: 5, field: 'aliases[1]' });
    expect(problem.message).toContain('"Memorandum of Cooperation" is also an alias of');
  });

  test('a file name that cannot be an id gets a suggested name', async () => {
    const problem = await onlyProblem('invalid-id');
    expect(problem).toMatchObject({ code: 'invalid-id', file: fileIn('invalid-id', 'organizations/Latin America WG.yaml') });
    expect(problem.fix).toContain('latin-america-wg.yaml');
  });
});

describe('signatories and self-references', () => {
  test('an organization signing twice is reported at its second place, naming the first', async () => {
    const problem = await onlyProblem('signatory-duplicate');
    expect(problem).toMatchObject({ code: 'signatory-duplicate', line: 18, column: 9, field: 'signatories[1].organizations[0]' });
    expect(problem.message).toBe('"wola" is already a signatory at signatories[0].organizations[0] (under "International").');
  });

  test('an organization among its own affiliations', async () => {
    const problem = await onlyProblem('self-affiliation');
    expect(problem).toMatchObject({ code: 'self-affiliation', file: fileIn('self-affiliation', 'organizations/lawg.yaml'), line: 7, column: 5, field: 'affiliations[1]' });
    expect(problem.message).toContain('"lawg" lists itself');
  });

  test('a policy among its own related policies', async () => {
    const problem = await onlyProblem('self-related');
    expect(problem).toMatchObject({ code: 'self-related', file: fileIn('self-related', 'policies/guatemala-aca.yaml'), line: 10, column: 5, field: 'related[1]' });
  });

  test('a provenance source that does not exist suggests the closest transcription', async () => {
    const problem = await onlyProblem('provenance-source-missing');
    expect(problem).toMatchObject({ code: 'provenance-source-missing', line: 8, column: 11, field: 'provenance.source' });
    expect(problem.message).toContain('"content/sources/000_guatemla.txt" does not exist');
    expect(problem.fix).toContain('Did you mean "content/sources/000_guatemala.txt"?');
  });
});
