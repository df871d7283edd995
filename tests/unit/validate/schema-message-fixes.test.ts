// Two messages that misled editors: a missing choice field called "Missing", and a date in the
// wrong form reported twice without the form to write it in.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { correctedDate } from '../../../src/validate/date-messages.ts';
import { contentCopy, type ContentCopy } from './content-copy.ts';

// Each test reads or spawns a whole copy of content/: generous limits, so a busy machine cannot fail them.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let copy: ContentCopy;
beforeEach(() => {
  copy = contentCopy();
});
afterEach(() => copy.remove());

const statement = 'statements/2019-guatemala-border-externalization.md';

describe('a missing required choice field', () => {
  test('says the field is missing, lists the allowed values and how to add it', async () => {
    copy.edit('organizations/wola.yaml', (text) => text.replace(/^type: .*\n/m, ''));
    expect(await copy.problems()).toEqual([
      expect.objectContaining({
        field: 'type',
        code: 'missing-field',
        message: 'The required field "type" is missing from an organization.',
        fix: expect.stringMatching(/^Add a line "type: …" with one of: ngo, faith-based, .*, other\.$/),
      }),
    ]);
  });

  test('inside a group of fields, it names the group', async () => {
    copy.edit('citations/dhs-2019-05-31-press-release.yaml', (text) => `${text}link:\n  checked: "2026-11-20"\n`);
    const [problem] = await copy.problems();
    expect(problem).toMatchObject({ field: 'link.status', code: 'missing-field' });
    expect(problem!.message).toBe('The required field "status" is missing from link.');
    expect(problem!.fix).toBe('Add a line "status: …" to link with one of: live, lost, unknown.');
  });
});

describe('a date in the wrong form', () => {
  test('date: 2019-6-1 is reported once, with the form and the corrected value', async () => {
    copy.edit(statement, (text) => text.replace('date: 2019-06-13', 'date: 2019-6-1'));
    expect(await copy.problems()).toEqual([
      expect.objectContaining({
        line: 3,
        column: 7,
        field: 'date',
        code: 'invalid-value',
        message: expect.stringContaining('"date" is "2019-6-1", but a date is written YYYY-MM-DD'),
        fix: 'Write it in quotes as date: "2019-06-01".',
      }),
    ]);
  });

  test('a full date field asks for the full form', async () => {
    copy.edit(statement, (text) => text.replace(/transcribed: .*/, 'transcribed: 2026/11/3'));
    const [problem, ...rest] = await copy.problems();
    expect(rest).toEqual([]);
    expect(problem!.message).toBe('"transcribed" is "2026/11/3", but a date is written YYYY-MM-DD: four digits for the year, two for the month and two for the day.');
    expect(problem!.fix).toBe('Write it in quotes as transcribed: "2026-11-03".');
  });

  test('a date in the right form that is not in the calendar is still reported', async () => {
    copy.edit(statement, (text) => text.replace('date: 2019-06-13', 'date: 2019-02-30'));
    const problems = await copy.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('does not exist in the calendar');
  });

  test('the corrected value is offered only when it is a real date in the form the field takes', () => {
    expect(correctedDate('2019-6', true)).toBe('2019-06');
    expect(correctedDate('2019-6', false)).toBeUndefined();
    expect(correctedDate('2019-2-30', true)).toBeUndefined();
    expect(correctedDate('June 1, 2019', true)).toBeUndefined();
  });
});

describe('values quoted back in messages', () => {
  test('are cut to whole characters, so a pasted page or an emoji cannot blow up or break the message', async () => {
    copy.edit('organizations/wola.yaml', (text) => text.replace(/^type: .*$/m, `type: ${'\u{1F600}'.repeat(100)}`));
    const [problem] = await copy.problems();
    expect(problem!.code).toBe('invalid-choice');
    expect(problem!.message).toBe(`"${'\u{1F600}'.repeat(80)}…" is not one of the allowed values for "type".`);
  });
});
