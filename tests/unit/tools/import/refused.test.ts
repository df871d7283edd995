// What `npm run import` refuses, through its command line: one line saying what is wrong and what to
// do, exit code 2 for a path that names no file and 1 for a file or a draft in the way, nothing written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { displayPath } from '../../../../src/lib/display-path.ts';
import { fixtureContent, importFixtures } from './helpers.ts';

const node = path.resolve('node_modules/.bin/node');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-refused-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync(node, ['scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** A fresh copy of the fixture collection to import into. */
function collection(name: string): string {
  const root = path.join(temp, name);
  fs.cpSync(fixtureContent, root, { recursive: true });
  return root;
}

const files = (root: string): string[] =>
  fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort() : [];

const letter = path.join(importFixtures, 'letter-without-notes.txt');
const draft = '2018-letter-to-secretary-nielsen-on-the';

describe('a path that is no text file to import', () => {
  const given = (name: string, bytes: Buffer | string) => {
    const file = path.join(temp, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const cases: [string, () => string, number, RegExp][] = [
    ['a folder', () => importFixtures, 2, /^.*fixtures\/import is a folder, not a file: give the text file in it to import, like npm run import -- .*\/statement\.txt\.$/],
    ['a missing file', () => path.join(temp, 'no-such.txt'), 2, /no-such\.txt does not exist: give the path of the text file to import/],
    ['a damaged PDF', () => given('statement.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(64, 7)])), 1, /statement\.pdf is not a PDF that can be read \(it may be damaged or cut short\): download or export it again, and import that\.$/],
    ['a ZIP archive', () => given('statements.zip', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64)])), 1, /statements\.zip is a ZIP archive, not a statement: unpack it and import the document in it; the import reads a Word document \(\.docx\), a PDF with a text layer, or plain text \(\.txt\)\.$/],
    ['a damaged Word document', () => given('damaged.docx', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(30), Buffer.from('word/document.xml'), Buffer.alloc(64, 9)])), 1, /damaged\.docx is not a Word document that can be read \(it may be damaged, or saved in another format under a \.docx name\): open it in Word, save it again as a Word document \(\.docx\), and import that\.$/],
    ['an OpenDocument text', () => given('statement.odt', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text'), Buffer.alloc(64)])), 1, /statement\.odt is an OpenDocument file \(\.odt\), not a Word document: open it in Word or LibreOffice, save it as a Word document \(\.docx\), and import that: the import reads a Word document \(\.docx\), a PDF with a text layer, or plain text \(\.txt\)\.$/],
    ['an old Word file', () => given('statement.doc', Buffer.concat([Buffer.from('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', 'latin1'), Buffer.alloc(512)])), 1, /statement\.doc is an old Word file \(\.doc\), which the import cannot read: open it in Word or LibreOffice, save it as a Word document \(\.docx\)/],
    ['a password-protected Word document', () => given('locked.docx', Buffer.concat([Buffer.from('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', 'latin1'), Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(100)])), 1, /locked\.docx is a password-protected \(encrypted\) Word document: open it in Word, remove the password/],
    ['an RTF file', () => given('statement.rtf', '{\\rtf1\\ansi Joint statement}'), 1, /statement\.rtf is an RTF file, which the import cannot read: open it in Word or LibreOffice, save it as a Word document/],
    ['a binary file', () => given('picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), 1, /picture\.png is a binary file, not a document the import reads \(a Word document \(\.docx\), a PDF with a text layer, or plain text \(\.txt\)\): check that it is the right file\.$/],
    ['text in another encoding', () => given('latin1.txt', Buffer.from('Joint statement\n\nThe caf\xe9 on line three.\n', 'latin1')), 1, /latin1\.txt is not UTF-8 text \(line 3 has a character in another encoding\): save it again as plain text with the encoding UTF-8, and import that\.$/],
    ['a file too large', () => {
      const file = path.join(temp, 'huge.txt');
      fs.writeFileSync(file, 'A title\n');
      fs.truncateSync(file, 33 * 1024 * 1024); // sparse: no time or disk spent
      return file;
    }, 1, /huge\.txt is 33 MB, more than the 32 MB the import reads \(a long statement is well under 1 MB\): check that it is the right file, or split it into its statements\.$/],
  ];

  test.each(cases)('%s is refused in one line and nothing is written', (_, file, code, message) => {
    const out = path.join(temp, `out-${code}-${Math.random().toString(36).slice(2)}`);
    const result = run(file(), '--content', fixtureContent, '--out', out);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n') && result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(fs.existsSync(out)).toBe(false);
  });

  test('text saved by Word as "Unicode text" (UTF-16) is read like UTF-8', () => {
    const utf16 = path.join(temp, 'utf16', 'letter-without-notes.txt');
    fs.mkdirSync(path.dirname(utf16));
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(letter, 'utf8'), 'utf16le')]));
    const [plain, wide] = [letter, utf16].map((file) => run(file, '--content', fixtureContent, '--dry-run', '--today', '2026-11-23'));
    expect(wide!.code).toBe(0);
    expect(wide!.stdout).toBe(plain!.stdout);
  });
});

describe('importing the same text again', () => {
  test('is refused, naming the earlier draft, instead of writing a -2 beside it', () => {
    const root = collection('again');
    expect(run(letter, '--content', root).code).toBe(0);
    const before = files(root);
    const again = run(letter, '--content', root);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`Nothing was written: content/sources/letter-without-notes.txt was imported already, as ${displayPath(path.join(root, 'statements', `${draft}.md`))}: edit that draft, or run again with --replace to import the text over it (its edits and answers are lost).\n`);
    expect(files(root)).toEqual(before);
    expect(before.filter((f) => f.startsWith('statements/'))).toEqual([`statements/${draft}.md`]);
  });

  test('--replace writes the draft again over the earlier one, under its id, even one an editor changed', () => {
    const root = collection('replace');
    expect(run(letter, '--content', root, '--today', '2026-11-23').code).toBe(0);
    const file = path.join(root, 'statements', `${draft}.md`);
    const first = fs.readFileSync(file, 'utf8');
    const renamed = path.join(root, 'statements', 'letter-to-nielsen.md');
    fs.renameSync(file, renamed);
    fs.writeFileSync(renamed, `${first}\nAn editor's change.\n`);
    const again = run(letter, '--content', root, '--today', '2026-11-23', '--replace');
    expect(again.code, again.stderr).toBe(0);
    const replaced = fs.readFileSync(renamed, 'utf8');
    expect(replaced).not.toContain('An editor\'s change.');
    // The same text, read again; the organization drafted the first time is known now, so not drafted twice.
    expect(replaced.split('\n---\n')[1]).toBe(first.split('\n---\n')[1]);
    expect(files(root).filter((f) => f.startsWith('organizations/womens-refugee-commission-'))).toEqual(['organizations/womens-refugee-commission-2.yaml']);
    expect(files(root).filter((f) => f.startsWith('statements/'))).toEqual(['statements/letter-to-nielsen.md']);
  });

  test('another text whose title gives the same id is refused, with --slug as the way out', () => {
    const root = collection('same-title');
    expect(run(letter, '--content', root).code).toBe(0);
    const other = path.join(temp, 'other-letter.txt');
    fs.writeFileSync(other, fs.readFileSync(letter, 'utf8').replace('We write', 'We write again'));
    const before = files(root);
    const result = run(other, '--content', root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`Nothing was written: ${displayPath(path.join(root, 'statements', `${draft}.md`))} exists already and was left alone. Give the statement another id with --slug, or run again with --replace to write over it.\n`);
    expect(files(root)).toEqual(before);
    expect(run(other, '--content', root, '--slug', '2018-second-letter').code).toBe(0);
  });

  test('a reserved id given with --slug is refused, with one to use instead', () => {
    const result = run(letter, '--content', fixtureContent, '--slug', 'con', '--out', path.join(temp, 'con'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('--slug con cannot be used, because it is a device name on Windows, where no file can be named so: give another, like --slug con-statement.\n');
    expect(fs.existsSync(path.join(temp, 'con'))).toBe(false);
  });
});
