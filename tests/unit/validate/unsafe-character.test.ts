// Partners' content is untrusted: characters that do not show as themselves are refused in every
// field of every kind of record and in a statement's text, each placed on its line and column.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { contentCopy, type ContentCopy } from './content-copy.ts';

// Each test reads or spawns a whole copy of content/: generous limits, so a busy machine cannot fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let copy: ContentCopy;
beforeEach(() => {
  copy = contentCopy();
});
afterEach(() => copy.remove());

const statement = 'statements/2019-guatemala-border-externalization.md';
const unsafe = async () => (await copy.problems()).filter((p) => p.code === 'unsafe-character');

describe('unsafe-character', () => {
  test('the real content, with its accents, curly quotes and dashes, passes', async () => {
    expect(await copy.problems()).toEqual([]);
  });

  test('a right-to-left override in an organization name is placed at its column and named', async () => {
    copy.write('organizations/evil.yaml', 'name: "Evil \u202Elive"\ntype: ngo\n');
    const [problem, ...rest] = await unsafe();
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: copy.fileName('organizations/evil.yaml'), line: 1, column: 13, field: 'name' });
    expect(problem!.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE at column 13');
    expect(problem!.fix).toMatch(/^Delete it/);
  });

  test('a zero-width space in a policy alias, on its own line of a list', async () => {
    copy.edit('policies/metering.yaml', (text) => text.replace('  - asylum metering', '  - asylum\u200Bmetering'));
    expect(await unsafe()).toMatchObject([
      { file: copy.fileName('policies/metering.yaml'), line: 4, column: 11, field: 'aliases[1]', message: expect.stringContaining('U+200B ZERO WIDTH SPACE') },
    ]);
  });

  test('an escape sequence written as a YAML escape in a citation title points at the value and says so', async () => {
    copy.edit('citations/dhs-2019-05-31-press-release.yaml', (text) => text.replace('title: Press Release', 'title: "\\x1b[32mPress Release"'));
    const [problem] = await unsafe();
    expect(problem).toMatchObject({ line: 1, column: 8, field: 'title' });
    expect(problem!.message).toContain('U+001B ESCAPE written as an escape');
    expect(problem!.fix).toContain('Delete the escape');
  });

  test("a direction mark in a statement's front matter and a word joiner in its text are both found", async () => {
    copy.edit(statement, (text) => text.replace('Over U.S. Efforts', 'Over U.S.\u200F Efforts').replace('memorandum of cooperation', 'memorandum of\u2060 cooperation'));
    const found = await unsafe();
    expect(found.map((p) => [p.line, p.column, p.field])).toEqual([
      [2, 66, 'title'],
      [8, 16, 'summary'],
    ]);
    copy.edit(statement, (text) => `${text}\nOne more line wi\u00ADth a soft hyphen and a null \u0000.\n`);
    // The soft hyphen is allowed in running text; the null is not.
    const body = (await unsafe()).filter((p) => p.field === undefined);
    const lines = fs.readFileSync(path.join(copy.root, statement), 'utf8').split('\n');
    expect(body).toEqual([
      expect.objectContaining({ line: lines.length - 1, column: 46, message: expect.stringContaining('U+0000 NULL') }),
    ]);
  });

  test("hidden characters written as character references in a statement's text are found where they are written", async () => {
    copy.edit(statement, (text) => `${text}\nA line &#x202E;reversed&#8236;, a mark&rlm;, &amp;#x202E; as words, and a soft&shy;hyphen.\n`);
    const lines = fs.readFileSync(path.join(copy.root, statement), 'utf8').split('\n');
    expect((await unsafe()).map((p) => [p.line, p.column, /holds (U\+\w+)/.exec(p.message)?.[1], p.fix])).toEqual([
      [lines.length - 1, 8, 'U+202E', 'Delete "&#x202E;".'],
      [lines.length - 1, 24, 'U+202C', 'Delete "&#8236;".'],
      [lines.length - 1, 39, 'U+200F', 'Delete "&rlm;".'],
    ]);
  });

  test('a file name holding a hidden character is refused, since it becomes an id and an address', async () => {
    fs.renameSync(path.join(copy.root, statement), path.join(copy.root, 'statements/2019-guatemala\u200B.md'));
    const [problem, ...rest] = await unsafe();
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: copy.fileName('statements/2019-guatemala\u200B.md'), code: 'unsafe-character' });
    expect(problem!.message).toContain('The file name holds U+200B ZERO WIDTH SPACE');
  });

  test('a field the schemas do not know is checked too, since every string is walked', async () => {
    copy.write('organizations/evil.yaml', 'name: Evil\ntype: ngo\nmotto: "\u2066hidden\u2069"\n');
    const problems = await copy.problems();
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['unknown-field', 'motto'],
      ['unsafe-character', 'motto'],
      ['unsafe-character', 'motto'],
    ]);
  });

  test('control, line-break, tag, private-use, lone-surrogate and replacement characters are each refused', async () => {
    const values = ['"a\\x7fb"', '"a\\x9bb"', '"a\\nb"', '"a\\U000E0061b"', '"a\\uE000b"', '"a\\ud800b"', '"a\uFFFDb"', '"soft\u00ADhyphen"'];
    copy.write('organizations/evil.yaml', `name: Evil\ntype: ngo\naliases:\n${values.map((v) => `  - ${v}\n`).join('')}`);
    const labels = (await unsafe()).map((p) => /holds (U\+\w+ [A-Z -]+?) (?:at|written)/.exec(p.message)?.[1]);
    expect(labels).toEqual([
      'U+007F DELETE',
      'U+009B CONTROL SEQUENCE INTRODUCER',
      'U+000A LINE FEED',
      'U+E0061 TAG LATIN SMALL LETTER A',
      'U+E000 PRIVATE USE CHARACTER',
      'U+D800 LONE SURROGATE',
      'U+FFFD REPLACEMENT CHARACTER',
      'U+00AD SOFT HYPHEN',
    ]);
  });

  test('legitimate text passes: accents, «», “”, —, a non-breaking space, emoji, emoji joined by U+200D and a flag', async () => {
    copy.write(
      'organizations/friendly.yaml',
      [
        'name: "Red «Mujeres» — “Bajío”\u00A0Norte \u{1F469}\u200D\u2695\uFE0F\u{1F3F3}\uFE0F\u200D\u{1F308}"',
        'type: ngo',
        'aliases:',
        '  - "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland"',
        'description: |',
        '  Two lines,',
        '  with a soft hyphen in a long word: Migrations\u00ADbewegung.',
        '',
      ].join('\n'),
    );
    expect(await copy.problems()).toEqual([]);
  });

  test('a repeated character is one problem with a count', async () => {
    copy.write('organizations/evil.yaml', 'name: "E\u200Bv\u200Bi\u200Bl"\ntype: ngo\n');
    const [problem, ...rest] = await unsafe();
    expect(rest).toEqual([]);
    expect(problem!.message).toContain('(3 times; the first is shown)');
    expect(problem!.column).toBe(9);
  });
});
