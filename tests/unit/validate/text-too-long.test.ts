// Each kind of field has a length limit (src/validate/text-fields.ts); a value over it is reported
// at the field, with its length and the limit.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fieldKinds, kindOf } from '../../../src/validate/text-fields.ts';
import { contentCopy, type ContentCopy } from './content-copy.ts';

// Each test reads or spawns a whole copy of content/: generous limits, so a busy machine cannot fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let copy: ContentCopy;
beforeEach(() => {
  copy = contentCopy();
});
afterEach(() => copy.remove());

const tooLong = async () => (await copy.problems()).filter((p) => p.code === 'text-too-long');

describe('text-too-long', () => {
  test('a name at the limit passes and one character more is reported at the field', async () => {
    copy.write('organizations/long.yaml', `type: ngo\nname: ${'n'.repeat(fieldKinds.name.max)}\n`);
    expect(await tooLong()).toEqual([]);
    copy.write('organizations/long.yaml', `type: ngo\nname: ${'n'.repeat(fieldKinds.name.max + 1)}\n`);
    expect(await tooLong()).toEqual([
      expect.objectContaining({
        line: 2,
        column: 7,
        field: 'name',
        message: '"name" is 201 characters long; a name may have at most 200.',
      }),
    ]);
  });

  test('a citation address and a policy summary have limits of their own', async () => {
    copy.edit('citations/dhs-2019-05-31-press-release.yaml', (text) => text.replace('factors-driving', `factors-driving?${'x'.repeat(2000)}`));
    copy.edit('policies/metering.yaml', (text) => text.replace('or months.', `or months.${' More.'.repeat(400)}`));
    expect((await tooLong()).map((p) => [p.field, p.message.replace(/ is [\d,]+ characters long/, '')])).toEqual([
      ['url', '"url"; a web address may have at most 2,000.'],
      ['summary', '"summary"; a summary, description or note may have at most 2,000.'],
    ]);
  });

  test("a statement's text over 300,000 characters is reported where the text starts", async () => {
    const file = 'statements/2017-standing-up-to-harmful-policies.md';
    copy.edit(file, (text) => `${text}\n${'Word '.repeat(60_000)}\n`);
    const [problem, ...rest] = await tooLong();
    expect(rest).toEqual([]);
    expect(problem!.field).toBeUndefined();
    expect(problem!.column).toBe(1);
    expect(problem!.message).toMatch(/^The text is [\d,]+ characters long; a statement's text may have at most 300,000\.$/);
  });

  test('fields are sorted into kinds by their own name, whatever record holds them', () => {
    expect(kindOf(['aliases', 2])).toBe('name');
    expect(kindOf(['editorNotes', 0, 'text'])).toBe('prose');
    expect(kindOf(['archive', 'url'])).toBe('address');
    expect(kindOf(['signatories', 0, 'organizations', 1])).toBe('short');
    expect(kindOf([])).toBe('text');
  });
});
