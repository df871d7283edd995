// Shared by the validator tests: each fixture under tests/fixtures/validate/ is a small content folder.
import path from 'node:path';
import { expect } from 'vitest';
import { validateContent } from '../../../src/content/validate/index.ts';
import type { Problem } from '../../../src/content/validate/problem.ts';

export const fixturesDir = path.resolve('tests/fixtures/validate');

export const fixture = (name: string): string => path.join(fixturesDir, name);

/** A fixture file as problems name it: relative to the repository root. */
export const fileIn = (name: string, file: string): string =>
  path.relative(process.cwd(), path.join(fixture(name), file)).split(path.sep).join('/');

export async function problemsOf(name: string): Promise<Problem[]> {
  return (await validateContent(fixture(name))).problems;
}

/** The fixture's single problem; fails when the fixture shows more or fewer. */
export async function onlyProblem(name: string): Promise<Problem> {
  const problems = await problemsOf(name);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}
