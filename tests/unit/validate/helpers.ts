// Shared by the validator tests: each fixture under tests/fixtures/validate/ is a small content folder.
import path from 'node:path';

export const fixturesDir = path.resolve('tests/fixtures/validate');

export const fixture = (name: string): string => path.join(fixturesDir, name);

/** A fixture file as problems name it: relative to the repository root. */
export const fileIn = (name: string, file: string): string =>
  path.relative(process.cwd(), path.join(fixture(name), file)).split(path.sep).join('/');
