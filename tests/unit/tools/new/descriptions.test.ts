// A field's description lives on its zod schema only: change it there and the scaffold, the
// editors' guide and the importer follow; the importer's lists of allowed values are the schema's.
import { expect, test } from 'vitest';
import { z } from 'zod';
import { organizationSchema, policySchema, statementSchema } from '../../../../src/content/schemas/index.ts';
import { importStatement } from '../../../../src/tools/import/index.ts';
import { organizationDraft, policyDraft } from '../../../../src/tools/import/records.ts';
import { fieldReference } from '../../../../src/tools/new/guide.ts';
import { scaffoldFile } from '../../../../src/tools/new/index.ts';

// Set before the first read of the fields (they are read once per run): a description only this test knows.
const marker = 'Where its home page is (a description set by the test).';
z.globalRegistry.add(organizationSchema.shape.website.unwrap(), { description: marker });

test('the scaffold (npm run new) explains a field with the schema\'s description', () => {
  const file = scaffoldFile('organizations', 'wola', { name: 'WOLA', type: 'ngo' }, '2026-11-23');
  expect(file).toContain(`# ${marker} Optional: a web address (https://…).`);
  expect(scaffoldFile('statements', '2019-x', {}, '2026-11-23')).toContain(`# ${statementSchema.shape.summary.description} Required: text.`);
});

test('the editors\' guide gives the schema\'s description in its field reference', () => {
  expect(fieldReference()).toContain(`| \`website\` | no | a web address (https://…) | ${marker} |`);
  expect(fieldReference()).toContain(`| ${policySchema.shape.summary.description} |`);
});

test('the importer lists the values the schema allows, never a copy of its own', () => {
  const organization = organizationDraft('x', { name: 'X' }, [], 'X', undefined);
  expect(organization.comments.get('type')).toBe(`QUESTION: one of ${organizationSchema.shape.type.options.join(', ')}`);
  expect(policyDraft('p', 'P', 1).comments.get('kind')).toBe(`QUESTION: one of ${policySchema.shape.kind.options.join(', ')}`);
  const known = { organizations: [], policies: [], citations: [], statements: new Map<string, string | undefined>() };
  const result = importStatement('Title\n\nSome words here.\n', known, { sourcePath: 'content/sources/x.txt', today: '2026-11-23' });
  const questions = result.questions.map((q) => q.text).join('\n');
  expect(questions).toContain(`Write one of: ${statementSchema.shape.kind.options.join(', ')}.`);
});
