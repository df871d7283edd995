// `npm run new` writes a record that passes the validator, with a comment on every field; wrong or
// missing values stop it before anything is written, in the validator's words.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CollectionName } from '../../../../src/content/collections.ts';
import { validateContent } from '../../../../src/validate/index.ts';
import { collectValues } from '../../../../src/tools/new/index.ts';
import { allFields, fieldsOf } from '../../../../src/tools/new/fields.ts';

const node = path.resolve('node_modules/.bin/node');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
const root = path.join(temp, 'content');
fs.cpSync('tests/fixtures/import/content', root, { recursive: true });
// Git keeps no empty folders: the fixture's statements/ and sources/ may not exist in a fresh clone.
for (const folder of ['statements', 'sources']) fs.mkdirSync(path.join(root, folder), { recursive: true });
fs.writeFileSync(path.join(root, 'sources', 'letter.txt'), 'We write to urge you.\n');
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const run = (...args: string[]) => {
  // spawnSync gives the child pipes, not a terminal: it must not ask anything.
  const result = spawnSync(node, ['scripts/new.ts', ...args, '--content', root, '--today', '2026-11-23'], { encoding: 'utf8', input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const cases: { kind: string; collection: CollectionName; file: string; flags: string[] }[] = [
  { kind: 'organization', collection: 'organizations', file: 'organizations/red-jesuita-con-migrantes.yaml', flags: ['--name', 'Red Jesuita con Migrantes', '--type', 'faith-based', '--countries', 'MX, GT', '--aliases', 'RJM; Red Jesuita con Migrantes, México'] },
  { kind: 'policy', collection: 'policies', file: 'policies/asylum-cooperative-agreements.yaml', flags: ['--name', 'Asylum Cooperative Agreements', '--kind', 'agreement', '--countries', 'US,GT', '--summary', 'Agreements that send asylum seekers to Guatemala.'] },
  { kind: 'citation', collection: 'citations', file: 'citations/wola-2019-05-metering-explained.yaml', flags: ['--title', 'Metering explained', '--publisher', 'wola', '--url', 'https://www.wola.org/analysis/metering-explained/', '--language', 'en', '--kind', 'ngo', '--date', '2019-05'] },
  { kind: 'statement', collection: 'statements', file: 'statements/2019-letter-on-asylum.md', flags: ['--title', 'Letter on asylum', '--date', '2019-06-13', '--kind', 'letter', '--language', 'en', '--summary', 'Organizations ask the Secretary to end metering.', '--source', 'content/sources/letter.txt', '--description', 'The letter as sent.'] },
];

describe.each(cases)('npm run new -- $kind', ({ kind, collection, file, flags }) => {
  const result = run(kind, ...flags);
  const text = () => fs.readFileSync(path.join(root, file), 'utf8');

  test('writes the file from flags without asking, and says it passes', () => {
    expect(result.code, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toContain('It passes the checks.');
  });

  test('the written file passes the validator', async () => {
    const report = await validateContent(root);
    expect(report.problems.filter((p) => p.file.endsWith(file))).toEqual([]);
  });

  test('every field has its explanation in a comment, optional ones commented out', () => {
    for (const field of allFields(fieldsOf(collection)).filter((f) => f.name !== 'questions')) {
      expect(text()).toContain(`# ${field.doc} ${field.required ? 'Required' : 'Optional'}: ${field.type}.`);
    }
  });

  test('refuses to overwrite the file', () => {
    const again = run(kind, ...flags);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
  });
});

test('a new statement starts from its source transcription, never an empty page', () => {
  const text = fs.readFileSync(path.join(root, 'statements/2019-letter-on-asylum.md'), 'utf8');
  expect(text.split(/^---$/m)[2]!.trim()).toBe('We write to urge you.');
});

test('lists split at commas for codes and at semicolons for names', () => {
  const text = fs.readFileSync(path.join(root, 'organizations/red-jesuita-con-migrantes.yaml'), 'utf8');
  expect(text).toContain('countries:\n  - MX\n  - GT\n');
  expect(text).toContain('aliases:\n  - RJM\n  - Red Jesuita con Migrantes, México\n');
});

test('without a terminal, missing values stop it and each is named with what it is for', () => {
  const result = run('policy', '--name', 'Asylum Cooperative Agreements 2');
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Nothing was written:');
  expect(result.stderr).toContain('--kind is missing: What sort of policy it is. (one of: agreement, executive-order');
  expect(result.stderr).toContain('--summary is missing');
  expect(fs.existsSync(path.join(root, 'policies/asylum-cooperative-agreements-2.yaml'))).toBe(false);
});

test('a wrong value is reported in the validator\'s words, with the closest right one', () => {
  const result = run('citation', '--title', 'A report', '--publisher', 'wolla', '--url', 'https://x.org/a', '--language', 'sp', '--kind', 'ngo');
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`--publisher "wolla": "wolla" is not a known organization. Did you mean "wola"?`);
  expect(result.stderr).toContain(`--language "sp": "sp" is not one of the allowed values for "language". Did you mean "es"? Use one of: en, es, fr, pt, ht.`);
});

test.each([
  ['con', 'organization', ['--id', 'con', '--name', 'Consejo Nacional', '--type', 'ngo'], 'organizations/con.yaml', 'it is a device name on Windows', 'con-organization'],
  ['nul', 'policy', ['--id', 'nul', '--name', 'Null Policy', '--kind', 'agreement', '--countries', 'US', '--summary', 'A policy.'], 'policies/nul.yaml', 'it is a device name on Windows', 'nul-policy'],
  ['lpt1', 'organization', ['--id', 'lpt1', '--name', 'Printer Union', '--type', 'ngo'], 'organizations/lpt1.yaml', 'it is a device name on Windows', 'lpt1-organization'],
  ['index (from --id)', 'organization', ['--id', 'index', '--name', 'Index Group', '--type', 'ngo'], 'organizations/index.yaml', 'it is the name of the list page', 'index-organization'],
  ['index (made from the name)', 'organization', ['--name', 'Index', '--type', 'ngo'], 'organizations/index.yaml', 'it is the name of the list page', 'index-organization'],
])('the reserved id %s is refused with another to use, and nothing is written', (_, kind, flags, file, why, instead) => {
  const result = run(kind, ...flags);
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain(why);
  expect(result.stderr).toContain(`Give another with --id, like --id ${instead}.`);
  expect(fs.existsSync(path.join(root, file))).toBe(false);
});

test('an unknown kind or flag exits 2 with the usage', () => {
  expect(run('report').stderr).toContain('Usage: npm run new');
  expect(run('organization', '--colour', 'red').code).toBe(2);
});

test('someone typing is asked again after a wrong answer, and a default is taken on Enter', async () => {
  const answers = ['Title', '2019-02-30', '2019-02-28', 'joint statment', 'joint-statement', 'en', 'A summary.', 'Un resumen.', 'content/sources/letter.txt', 'As sent.', ''];
  const prompts: string[] = [];
  const said: string[] = [];
  const { data, errors } = await collectValues('statements', {}, {
    root,
    today: '2026-11-23',
    ask: async (prompt) => {
      prompts.push(prompt);
      return answers.shift()!;
    },
    say: (line) => said.push(line),
  });
  expect(errors).toEqual([]);
  expect(prompts).toEqual(['title: ', 'date: ', 'date: ', 'kind: ', 'kind: ', 'language: ', 'summary: ', 'es-summary: ', 'source: ', 'description: ', 'transcribed [2026-11-23]: ']);
  expect(said).toContain('"joint statment" is not one of the allowed values for "kind". Did you mean "joint-statement"? Use one of: joint-statement, editorial, letter, press-release, report, testimony, op-ed.');
  expect(said.some((line) => line.includes('does not exist in the calendar'))).toBe(true);
  expect(data['provenance']).toEqual({ source: 'content/sources/letter.txt', description: 'As sent.', transcribed: '2026-11-23' });
  expect(data['es']).toEqual({ summary: 'Un resumen.' });
});

test('the Spanish summary is asked right after the English, and Enter leaves it for later', async () => {
  const answers = ['Title', '2019-02-28', 'letter', 'en', 'A summary.', '', 'content/sources/letter.txt', 'As sent.', ''];
  const prompts: string[] = [];
  const said: string[] = [];
  const { data, errors } = await collectValues('statements', {}, { root, today: '2026-11-23', ask: async (prompt) => (prompts.push(prompt), answers.shift()!), say: (line) => said.push(line) });
  expect(errors).toEqual([]);
  expect(prompts.slice(4, 6)).toEqual(['summary: ', 'es-summary: ']);
  expect(said.some((line) => line.includes('The summary in Spanish.') && line.includes('es.summary'))).toBe(true);
  expect(data['es']).toBeUndefined();
});

test('a Spanish summary given as a flag is written into the es: block and passes', async () => {
  const { data, errors } = await collectValues('policies', { name: 'Remain in Mexico', kind: 'policy', countries: 'US, MX', summary: 'Returns asylum seekers to Mexico.', 'es-name': 'Quédate en México', 'es-summary': 'Devuelve a México a solicitantes de asilo.' }, { root, today: '2026-11-23' });
  expect(errors).toEqual([]);
  expect(data['es']).toEqual({ name: 'Quédate en México', summary: 'Devuelve a México a solicitantes de asilo.' });
});

test('every schema field, nested ones included, carries its description on the schema', () => {
  for (const collection of ['statements', 'organizations', 'policies', 'citations'] as const) {
    for (const field of allFields(fieldsOf(collection))) expect(field.doc, `${collection} ${field.path}`).toMatch(/^\S.*\.$/);
  }
});
