// Everything that knows about collections reads the one registry (src/content/collections.ts): the
// validator's schemas, nouns and reference fields, the scaffold, the guide, and Astro's content config.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { z } from 'zod';
import { collectionDir, collectionNames, collections, referenceTarget } from '../../../src/content/collections.ts';
import { fieldReference } from '../../../src/tools/new/guide.ts';
import { allFields, fieldsOf } from '../../../src/tools/new/fields.ts';
import { referencesOf } from '../../../src/validate/references.ts';
import { rules } from '../../../src/validate/rules/index.ts';
import type { ContentRecord } from '../../../src/validate/load.ts';

// Some of these tests start a process or parse hostile input: room on a busy machine (no speed is tested).
vi.setConfig({ testTimeout: 120_000 });

test('every reference field of the registry is a field of its collection\'s schema', () => {
  for (const collection of collectionNames) {
    const paths = allFields(fieldsOf(collection)).map((f) => f.path);
    for (const [pattern] of collections[collection].references) expect(paths, `${collection} ${pattern}`).toContain(pattern.replace(/\.\*/g, ''));
  }
});

test('the validator finds references exactly where the registry says they are', () => {
  const data = { signatories: [{ group: 'G', organizations: ['wola', { id: 'lawg', printed: 'LAWG' }] }], policies: ['aca'], notes: [{ note: 1, citations: ['c1'] }], title: 'not-a-reference' };
  const record = { collection: 'statements', data } as unknown as ContentRecord;
  expect(referencesOf(record).map((r) => `${r.target}:${r.id}`)).toEqual(['organizations:wola', 'policies:aca', 'citations:c1']);
  expect(referenceTarget('statements', 'notes.citations')).toBe('citations');
  expect(referenceTarget('statements', 'title')).toBeUndefined();
});

test('the scaffold and the guide describe each field by the registry\'s schema and nouns', () => {
  const guide = fieldReference();
  for (const collection of collectionNames) {
    const { folder, extension, title, schema } = collections[collection];
    expect(guide).toContain(`### ${title}`);
    expect(guide).toContain(`content/${folder}/<id>${extension}`);
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, unknown> };
    expect(fieldsOf(collection).map((f) => f.name)).toEqual(Object.keys(json.properties));
  }
  expect(allFields(fieldsOf('statements')).find((f) => f.path === 'policies')?.type).toBe('a list of policy ids');
});

test('the unknown-reference rules take their nouns and folders from the registry', () => {
  for (const target of ['organizations', 'policies', 'citations'] as const) {
    const rule = rules.find((r) => r.code === `unknown-${collections[target].noun.one}`)!;
    expect(rule.description).toBe(`A field names ${collections[target].noun.a} id that no file in ${collections[target].folder}/ has.`);
  }
});

test('Astro\'s content config names no folder, extension or schema of its own', () => {
  const config = fs.readFileSync('src/content.config.ts', 'utf8');
  expect(config).toContain("from './content/collections.ts'");
  expect(config).not.toMatch(/\*\.(md|yaml)|from '\.\/content\/schemas/);
});

test('CONTENT_DIR moves every collection to another folder (the benchmark relies on it)', () => {
  const script = `import { collectionDir } from './src/content/collections.ts'; console.log(collectionDir('citations'));`;
  const run = spawnSync(path.resolve('node_modules/.bin/node'), ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'elsewhere/content' } });
  expect(run.stdout.trim()).toBe(path.resolve('elsewhere/content/citations'));
  expect(collectionDir('citations', '/x')).toBe(path.join('/x', 'citations'));
});
