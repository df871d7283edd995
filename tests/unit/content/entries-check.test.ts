// The build stops when Astro's entries are not the files the validator checked.
import path from 'node:path';
import { expect, test } from 'vitest';
import { assertValidatedEntries, entriesMismatch } from '../../../src/content/entries-check.ts';
import { listCollection } from '../../../src/content/reader.ts';

const root = path.resolve('tests/fixtures/validate/valid');
const loaded = () => ({
  statements: listCollection('statements', root).files.map((f) => ({ id: f.entryId })),
  organizations: listCollection('organizations', root).files.map((f) => ({ id: f.entryId })),
  policies: listCollection('policies', root).files.map((f) => ({ id: f.entryId })),
  citations: listCollection('citations', root).files.map((f) => ({ id: f.entryId })),
});

test('the same entries pass', () => {
  expect(entriesMismatch(loaded(), root)).toBeUndefined();
  expect(() => assertValidatedEntries(loaded(), root)).not.toThrow();
});

test('an entry the validator never checked, or one Astro dropped, stops the build with their names', () => {
  const entries = loaded();
  entries.statements.push({ id: '2019-x' });
  entries.citations.shift();
  expect(() => assertValidatedEntries(entries, root)).toThrow(
    'Astro loaded statements/ entries the validator never checked: 2019-x. Astro did not load citations/ entries the validator checked: dhs-2019-moc.',
  );
});
