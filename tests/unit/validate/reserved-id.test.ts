// A record named like a Windows device or a list page is refused by the validator too, not only by
// `npm run new`: a hand-made content/statements/con.md gets the problem and the name to use instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { validateContent } from '../../../src/validate/index.ts';
import { reservedId } from '../../../src/lib/slugs.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reserved-id-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
fs.cpSync('content', root, { recursive: true });

test('the reserved ids: Windows devices whatever their case or extension, and index', () => {
  expect(['con', 'PRN', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9', 'con.backup', 'index'].map((id) => Boolean(reservedId(id)))).toEqual(Array(10).fill(true));
  expect(['console', 'com10', 'lpt0', 'nullify', 'indexes', 'wola'].map(reservedId)).toEqual(Array(6).fill(undefined));
});

test('a hand-made statement con.md and organization index.yaml are refused, with the fix', async () => {
  const statements = path.join(root, 'statements');
  const [statement] = fs.readdirSync(statements);
  fs.renameSync(path.join(statements, statement!), path.join(statements, 'con.md'));
  fs.writeFileSync(path.join(root, 'organizations', 'index.yaml'), 'name: Index Coalition\ntype: coalition\n');
  const { problems } = await validateContent(root);
  const refused = problems.filter((p) => p.code === 'invalid-id').map((p) => [path.basename(p.file), p.message, p.fix]);
  expect(refused).toEqual([
    ['index.yaml', 'The file name "index" cannot be used as an id: it is the name of the list page every collection\'s folder of the site already has.', 'Rename the file to another name, like index-organization.yaml.'],
    ['con.md', 'The file name "con" cannot be used as an id: it is a device name on Windows, where no file can be named so.', 'Rename the file to another name, like con-statement.md.'],
  ]);
});
