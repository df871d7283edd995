// The statement's text: raw HTML and links that could run code, and editors' notes quoting it.
import { describe, expect, test } from 'vitest';
import { fileIn, onlyProblem } from './helpers.ts';

describe('unsafe HTML', () => {
  test('a <script> block is reported where it starts', async () => {
    const problem = await onlyProblem('unsafe-html-script');
    expect(problem).toMatchObject({ code: 'unsafe-html', file: fileIn('unsafe-html-script', 'statements/2019-guatemala.md'), line: 14, column: 1 });
    expect(problem.message).toContain('<script>');
    expect(problem.message).toContain('can run code');
  });

  test('an <iframe> is reported', async () => {
    const problem = await onlyProblem('unsafe-html-iframe');
    expect(problem).toMatchObject({ code: 'unsafe-html', line: 14, column: 1 });
    expect(problem.message).toContain('<iframe');
  });

  test('<sup> with an attribute is reported, though plain <sup> is allowed', async () => {
    const problem = await onlyProblem('unsafe-html-attribute');
    expect(problem).toMatchObject({ code: 'unsafe-html', line: 12, column: 21 });
    expect(problem.message).toContain('<sup class="big">: HTML attributes are not allowed');
  });

  test('an event handler is reported once, not again at its closing tag', async () => {
    const problem = await onlyProblem('unsafe-html-event-handler');
    expect(problem).toMatchObject({ code: 'unsafe-html', line: 12, column: 21 });
    expect(problem.message).toContain('onclick');
  });

  test('a javascript: link is reported', async () => {
    const problem = await onlyProblem('unsafe-link-javascript');
    expect(problem).toMatchObject({ code: 'unsafe-html', line: 12, column: 21 });
    expect(problem.message).toContain('"javascript:"');
  });
});

describe("editors' notes", () => {
  test('a quote that is not in the text is reported at the quote', async () => {
    const problem = await onlyProblem('editor-note-quote-missing');
    expect(problem).toMatchObject({ code: 'editor-note-quote', line: 9, column: 12, field: 'editorNotes[0].quote' });
    expect(problem.message).toBe('The quoted words "deep concerns" are not in the text.');
  });

  test('a quote that occurs twice is ambiguous', async () => {
    const problem = await onlyProblem('editor-note-quote-repeated');
    expect(problem).toMatchObject({ code: 'editor-note-quote', line: 9, column: 12, field: 'editorNotes[0].quote' });
    expect(problem.message).toContain('occur 2 times');
  });

  test('a quote split by italics is not in one run of plain text', async () => {
    const problem = await onlyProblem('editor-note-quote-split');
    expect(problem).toMatchObject({ code: 'editor-note-quote', line: 9, column: 12 });
    expect(problem.message).toContain('split by formatting');
  });

  test('a quote with straight quotation marks where the text has curly ones says so', async () => {
    const problem = await onlyProblem('editor-note-quote-curly');
    expect(problem).toMatchObject({ code: 'editor-note-quote', line: 9, column: 12 });
    expect(problem.fix).toContain('different quotation marks');
  });

  test("two editors' notes with one id are reported at the second", async () => {
    const problem = await onlyProblem('duplicate-editor-note-id');
    expect(problem).toMatchObject({ code: 'duplicate-editor-note-id', line: 10, column: 9, field: 'editorNotes[1].id' });
    expect(problem.message).toContain('"misprint" is already used by editorNotes[0]');
  });
});
