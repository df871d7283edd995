// A partner's WOLA spelled with a Cyrillic O (U+041E) beside the real WOLA: names that read alike are duplicates,
// and a word mixing alphabets is reported where the odd letter stands.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { contentCopy, type ContentCopy } from './content-copy.ts';

// Each test reads or spawns a whole copy of content/: generous limits, so a busy machine cannot fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let copy: ContentCopy;
beforeEach(() => {
  copy = contentCopy();
});
afterEach(() => copy.remove());

const codes = async () => (await copy.problems()).map((p) => [p.file, p.line, p.column, p.code]);

describe('duplicate-name compares names as they look', () => {
  test('WOLA spelled with a Cyrillic O (U+041E) is a duplicate of WOLA and a mixed-script word', async () => {
    copy.write('organizations/wola-us.yaml', 'name: Wola US\nacronym: "W\u041ELA"\ntype: ngo\n');
    const file = copy.fileName('organizations/wola-us.yaml');
    expect(await codes()).toEqual([
      [file, 2, 10, 'duplicate-name'],
      [file, 2, 12, 'mixed-script'],
    ]);
    const [duplicate, mixed] = await copy.problems();
    expect(duplicate!.message).toBe(
      `"W\u041ELA" looks the same as "WOLA", the acronym of ${copy.fileName('organizations/wola.yaml')}: it differs only by U+041E CYRILLIC CAPITAL LETTER O (looks like "O").`,
    );
    expect(mixed!.message).toContain('mixes Latin and Cyrillic letters: at column 12 is U+041E CYRILLIC CAPITAL LETTER O, which looks like the Latin "O"');
  });

  test('the problem lands on the look-alike even when its file is read first', async () => {
    // "aaa-…" sorts before "wola.yaml"; the real WOLA is not the one to change.
    copy.write('organizations/aaa-wola.yaml', 'name: "\u0391\u0392\u0395 Washington Office on Latin America"\ntype: ngo\n');
    copy.write('organizations/abe.yaml', 'name: ABE Washington Office on Latin America\ntype: ngo\n');
    const problems = (await copy.problems()).filter((p) => p.code === 'duplicate-name');
    expect(problems.map((p) => p.file)).toEqual([copy.fileName('organizations/aaa-wola.yaml')]);
    expect(problems[0]!.message).toContain('U+0391 GREEK CAPITAL LETTER ALPHA (looks like "A"), U+0392 GREEK CAPITAL LETTER BETA');
  });

  test('full-width letters, extra and non-breaking spaces and a zero-width space fold to the same name', async () => {
    copy.write('organizations/a.yaml', 'name: "\uFF37\uFF2F\uFF2C\uFF21"\ntype: ngo\n');
    copy.write('organizations/b.yaml', 'name: "Washington\u00A0 Office on\u200B Latin America"\ntype: ngo\n');
    const duplicates = (await copy.problems()).filter((p) => p.code === 'duplicate-name');
    expect(duplicates.map((p) => p.file)).toEqual([copy.fileName('organizations/a.yaml'), copy.fileName('organizations/b.yaml')]);
    expect(duplicates[0]!.message).toContain('U+FF37 "\uFF37" (a variant form of "W")');
    expect(duplicates[1]!.message).toContain('U+200B ZERO WIDTH SPACE');
  });

  test('case and accents alone still make a duplicate, with the plain message', async () => {
    copy.write('organizations/x.yaml', 'name: "WASHINGTON OFFICE ON LATÍN AMERICA"\ntype: ngo\n');
    const [problem] = (await copy.problems()).filter((p) => p.code === 'duplicate-name');
    expect(problem!.message).toBe(`"WASHINGTON OFFICE ON LATÍN AMERICA" is also the name of ${copy.fileName('organizations/wola.yaml')}.`);
  });

  test('names that only share letters are not duplicates', async () => {
    copy.write('organizations/wolf.yaml', 'name: Wolf\nacronym: WOLF\ntype: ngo\n');
    expect(await copy.problems()).toEqual([]);
  });
});

describe('mixed-script', () => {
  test('a Greek omicron inside a policy summary word is found at its column; whole Greek words are not', async () => {
    copy.edit('policies/metering.yaml', (text) => text.replace('number of asylum', 'number \u03BFf asylum — \u03BB\u03CC\u03B3\u03BF\u03C2'));
    const problems = await copy.problems();
    expect(problems.map((p) => [p.line, p.column, p.field, p.code])).toEqual([[10, 78, 'summary', 'mixed-script']]);
    expect(problems[0]!.message).toContain('The word "\u03BFf" in "summary" mixes Latin and Greek letters');
  });

  test("a statement's text is checked too, with a count of the words", async () => {
    const file = 'statements/2017-standing-up-to-harmful-policies.md';
    copy.edit(file, (text) => `${text}\nP\u0430ss and \u0441ode.\n`);
    const [problem, ...rest] = await copy.problems();
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'mixed-script', column: 2 });
    expect(problem!.field).toBeUndefined();
    expect(problem!.message).toContain('(2 words like this; the first is shown)');
  });
});
