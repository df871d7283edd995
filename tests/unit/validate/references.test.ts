// References between records: every id a field names must be a file of the expected collection.
import { describe, expect, test } from 'vitest';
import { fileIn, onlyProblem } from './helpers.ts';

describe('unknown references', () => {
  test('an unknown signatory suggests the closest organization and says where organizations live', async () => {
    const problem = await onlyProblem('unknown-organization');
    expect(problem).toMatchObject({
      code: 'unknown-organization',
      file: fileIn('unknown-organization', 'statements/2019-guatemala.md'),
      line: 16,
      column: 9,
      field: 'signatories[0].organizations[2]',
    });
    expect(problem.message).toBe('"wola-org" is not a known organization.');
    expect(problem.fix).toContain('Did you mean "wola"?');
    expect(problem.fix).toContain(`Organizations live in ${fileIn('unknown-organization', 'organizations')}/`);
  });

  test("an unknown id in an organization's affiliations is an unknown organization", async () => {
    const problem = await onlyProblem('unknown-affiliation');
    expect(problem).toMatchObject({
      code: 'unknown-organization',
      file: fileIn('unknown-affiliation', 'organizations/lawg.yaml'),
      line: 6,
      column: 5,
      field: 'affiliations[0]',
    });
    expect(problem.fix).toContain('Did you mean "wola"?');
  });

  test("an unknown citation publisher is an unknown organization", async () => {
    const problem = await onlyProblem('unknown-publisher');
    expect(problem).toMatchObject({
      code: 'unknown-organization',
      file: fileIn('unknown-publisher', 'citations/reuters-2019-guatemala.yaml'),
      line: 2,
      column: 12,
      field: 'publisher',
    });
    expect(problem.fix).toContain('Did you mean "reuters"?');
  });

  test("an unknown policy in a statement's policies suggests the closest policy", async () => {
    const problem = await onlyProblem('unknown-policy');
    expect(problem).toMatchObject({ code: 'unknown-policy', line: 17, column: 5, field: 'policies[0]' });
    expect(problem.message).toBe('"dhs-guatemala-mou" is not a known policy.');
    expect(problem.fix).toContain('Did you mean "dhs-guatemala-moc"?');
    expect(problem.fix).toContain('Policies live in');
  });

  test("an unknown related policy is reported, without a suggestion when nothing is close", async () => {
    const problem = await onlyProblem('unknown-related-policy');
    expect(problem).toMatchObject({
      code: 'unknown-policy',
      file: fileIn('unknown-related-policy', 'policies/guatemala-aca.yaml'),
      line: 10,
      column: 5,
      field: 'related[1]',
    });
    expect(problem.fix).not.toContain('Did you mean');
  });

  test("an unknown citation in a note's citations suggests the closest citation", async () => {
    const problem = await onlyProblem('unknown-citation');
    expect(problem).toMatchObject({ code: 'unknown-citation', line: 23, column: 17, field: 'notes[0].citations[0]' });
    expect(problem.message).toBe('"reuters-2019-guatemal" is not a known citation.');
    expect(problem.fix).toContain('Did you mean "reuters-2019-guatemala"?');
  });

  test('a policy id listed among actors is pointed out as being in the wrong field', async () => {
    const problem = await onlyProblem('policy-listed-as-actor');
    expect(problem).toMatchObject({ code: 'unknown-organization', line: 20, column: 5, field: 'actors[1]' });
    expect(problem.fix).toContain('"guatemala-aca" is a policy, not an organization');
  });
});
