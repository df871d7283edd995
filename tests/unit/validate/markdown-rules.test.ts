// Texts that the Markdown stage cannot render as written are validator problems first, with the
// place, the field and what to do: overlapping editor's note quotes and labels that are no marker.
// Each case is the valid fixture with one change, in a temporary copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/validate/index.ts';
import { fixture } from './helpers.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** The valid fixture with its statement's text changed by edit. */
async function problemsAfter(edit: (statement: string) => string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'markdown-rules-'));
  copies.push(dir);
  fs.cpSync(fixture('valid'), dir, { recursive: true });
  const file = path.join(dir, 'statements', '2019-guatemala.md');
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the statement').not.toBe(before);
  fs.writeFileSync(file, after);
  const lineOf = (needle: string) => after.slice(0, after.indexOf(needle)).split('\n').length;
  return { problems: (await validateContent(dir)).problems, lineOf };
}

describe('problems the Markdown stage would otherwise meet while building', () => {
  it('two editor\'s notes whose quotes overlap: the later note\'s quote, naming the other', async () => {
    const { problems, lineOf } = await problemsAfter((s) =>
      s.replace('    quote: May 31st memorandum\n    text: The memorandum was signed on May 31, 2019.\n',
        '    quote: May 31st memorandum\n    text: The memorandum was signed on May 31, 2019.\n  - id: memo\n    quote: memorandum of cooperation public\n    text: It was never published.\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'editor-note-quote', field: 'editorNotes[1].quote', line: lineOf('quote: memorandum of cooperation public') });
    expect(problems[0]!.message).toBe('The quoted words "memorandum of cooperation public" overlap the words quoted by editorNotes[0] ("May 31st memorandum"), so the page cannot flag both.');
    expect(problems[0]!.fix).toMatch(/shorten one of the two quotes/);
  });

  it('two editor\'s notes quoting the same words are reported once, on the second', async () => {
    const { problems } = await problemsAfter((s) =>
      s.replace('    text: The memorandum was signed on May 31, 2019.\n', '    text: The memorandum was signed on May 31, 2019.\n  - id: again\n    quote: May 31st memorandum\n    text: Again.\n'));
    expect(problems.map((p) => [p.code, p.field])).toEqual([['editor-note-quote', 'editorNotes[1].quote']]);
  });

  it('a note label like %E0 is reported at its marker in the text, once', async () => {
    const { problems, lineOf } = await problemsAfter((s) =>
      s.replace('2019.[^1]', '2019.[^%E0]').replace('[^1]: Reuters', '[^%E0]: Reuters').replace('  - note: 1\n', '  - note: "%E0"\n'));
    const labels = problems.filter((p) => p.code === 'footnote-label');
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatchObject({ line: lineOf('2019.[^%E0]') });
    expect(labels[0]!.message).toContain('[^%E0] is neither a number nor a mark the source prints');
    expect(labels[0]!.fix).toContain('[^1], its number in reading order');
  });

  it('a mark the source prints, like [^*] or [^†], is a good label', async () => {
    const { problems } = await problemsAfter((s) => s.replaceAll('[^*]', '[^†]').replace('  - note: "*"', '  - note: "†"'));
    expect(problems).toEqual([]);
  });

  it('labels differing only in case are one note in the reading order, as on the page', async () => {
    // [^X] and [^x] take one place (the fourth), so the next note is rightly [^5].
    const { problems } = await problemsAfter((s) =>
      s.replace('See [the original](#).[^*]', 'See [the original](#).[^*] Also.[^X] More.[^x] Then.[^5]')
        .replace('[^*]: The list', '[^x]: An aside.\n[^5]: Five.\n[^*]: The list')
        .replace('  - note: "*"\n    kind: explanatory\n', '  - note: "*"\n    kind: explanatory\n  - note: x\n    kind: explanatory\n  - note: 5\n    kind: explanatory\n'));
    expect(problems).toEqual([]);
  });
});
